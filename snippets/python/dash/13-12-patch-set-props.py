"""Partial updates: Patch sends a change to a property, set_props sets a
property that is not an Output."""
from dash import Dash, Input, Output, Patch, callback, html, set_props

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Add a line", id="add-line"),
    html.Ol(id="lines", children=[html.Li("line 0, from the layout")]),
    html.Div("No line added yet", id="status"),
])


@callback(
    Output("lines", "children"),
    Input("add-line", "n_clicks"),
    # An initial call would get n_clicks=None and fail.
    prevent_initial_call=True,
)
def add_line(n_clicks):
    # The browser receives "append this item", not the whole list again.
    lines = Patch()
    lines.append(html.Li(f"line {n_clicks}, appended by a Patch"))
    # status is not an Output of this callback: set_props updates it anyway.
    status = f"{n_clicks + 1} lines; the last one came as a patch"
    set_props("status", {"children": status})
    return lines


if __name__ == "__main__":
    app.run(debug=False)
