"""The smallest interactive app: what is typed is echoed below the box."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.H4("Change the value in the text box to see callbacks in action"),
    html.Div([
        "Input: ",
        dcc.Input(id="my-input", value="initial value", type="text"),
    ]),
    html.Br(),
    # Left empty on purpose: the callback fills it when the page loads.
    html.Div(id="my-output"),
])


# The decorator registers update_output and returns it unchanged. Dash
# calls it later: once when my-output first appears in the page (here, at
# page load), then at each new value of my-input that the browser reports.
@callback(Output("my-output", "children"), Input("my-input", "value"))
def update_output(input_value):
    return f"Output: {input_value}"


if __name__ == "__main__":
    app.run(debug=False)
