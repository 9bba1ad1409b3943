"""One callback, three buttons: ctx.triggered_id says which one fired it."""
from dash import Dash, Input, Output, callback, ctx, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Button 1", id="btn-1"),
    html.Button("Button 2", id="btn-2"),
    html.Button("Button 3", id="btn-3"),
    html.Div(id="which-button"),
])


@callback(
    Output("which-button", "children"),
    Input("btn-1", "n_clicks"),
    Input("btn-2", "n_clicks"),
    Input("btn-3", "n_clicks"),
)
def display(clicks_1, clicks_2, clicks_3):
    # The initial call (at page load here) has no trigger, so triggered_id
    # is None.
    if ctx.triggered_id is None:
        return "No button clicked yet"
    # n_clicks stays None until a button's first click (the layout does
    # not set it): "or 0" shows 0 for a button not clicked yet.
    counts = (f"clicks so far: {clicks_1 or 0}, {clicks_2 or 0},"
              f" {clicks_3 or 0}")
    return f"Last clicked: {ctx.triggered_id} ({counts})"


if __name__ == "__main__":
    app.run(debug=False)
