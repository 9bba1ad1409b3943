"""Errors in callbacks: on_error turns an exception into outputs; allow_duplicate shares an output."""
from dash import Dash, Input, Output, State, callback, dcc, html, set_props

app = Dash(__name__)

app.layout = html.Div([
    html.Div(["100 divided by ", dcc.Input(id="divisor", type="number", value=4)]),
    html.Button("Divide", id="divide"),
    html.Button("Clear", id="clear"),
    html.Div("Nothing computed yet", id="result"),
    html.Div(id="error"),
])


def report_error(err):
    # Called with the exception instead of a traceback and an HTTP 500. What it returns
    # becomes the callback's output; set_props can reach any other component.
    set_props("error", {"children": f"The callback raised {type(err).__name__}: {err}"})
    return "No result"


@callback(
    Output("result", "children"),
    Input("divide", "n_clicks"),
    State("divisor", "value"),
    on_error=report_error,
    prevent_initial_call=True,
)
def divide(n_clicks, divisor):
    return f"100 / {divisor} = {100 / divisor:g}"


# A second writer of result and error: allow_duplicate=True permits it. Dash requires such
# callbacks not to run at page load, hence prevent_initial_call.
@callback(
    Output("result", "children", allow_duplicate=True),
    Output("error", "children", allow_duplicate=True),
    Input("clear", "n_clicks"),
    prevent_initial_call=True,
)
def clear(n_clicks):
    return "Cleared", ""


if __name__ == "__main__":
    app.run(debug=False)
