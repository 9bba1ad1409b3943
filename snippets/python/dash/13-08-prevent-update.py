"""Three ways to change nothing: prevent_initial_call, PreventUpdate and
no_update."""
from dash import Dash, Input, Output, State, callback, dcc, html, no_update
from dash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div([
    dcc.Input(id="number", type="number", value=4),
    html.Button("Square it", id="square-button"),
    html.Div("Not computed yet", id="square"),
    html.Div("Type a number and click the button", id="message"),
])


@callback(
    Output("square", "children"),
    Output("message", "children"),
    Input("square-button", "n_clicks"),
    State("number", "value"),
    # Not called at page load: the layout's texts stay.
    prevent_initial_call=True,
)
def square(n_clicks, number):
    if number is None:
        raise PreventUpdate  # no output changes at all
    if number < 0:
        # Update one output, leave the other as it is.
        message = f"Click {n_clicks}: {number} is negative"
        return no_update, message + ", the last square is kept"
    return f"{number} squared is {number**2}", f"Click {n_clicks}: computed"


if __name__ == "__main__":
    app.run(debug=False)
