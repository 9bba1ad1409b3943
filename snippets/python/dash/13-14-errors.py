"""Errors in callbacks: on_error turns an exception into outputs;
allow_duplicate lets two callbacks write one output."""
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Div(["100 divided by ",
              dcc.Input(id="divisor", type="number", value=4)]),
    html.Button("Divide", id="divide"),
    html.Button("Clear", id="clear"),
    html.Div("Nothing computed yet", id="result"),
    html.Div(id="error"),
])


def report_error(err):
    # Called with the exception instead of a traceback and an HTTP 500.
    # What it returns becomes the callback's outputs, here one value for
    # each of the two.
    return "No result", f"The callback raised {type(err).__name__}"


@callback(
    Output("result", "children"),
    Output("error", "children"),
    Input("divide", "n_clicks"),
    State("divisor", "value"),
    on_error=report_error,
    prevent_initial_call=True,
)
def divide(n_clicks, divisor):
    # A success also clears an old error.
    return f"100 / {divisor} = {100 / divisor:g}", ""


# A second writer of result and error: allow_duplicate=True on one of the
# two writers permits it, and Dash accepts a duplicate output only with
# prevent_initial_call (or "initial_duplicate").
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
