"""Callbacks can name components instead of IDs; Dash gives them IDs."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

# The walrus operator names each component where it appears in the layout.
# The class names are only there so that a test (or a stylesheet) can find
# them.
app.layout = html.Div([
    html.H4("Change the value in the text box to see callbacks in action"),
    my_input := dcc.Input(value="initial value", type="text",
                          className="echo-input"),
    my_output := html.Div(className="echo-output"),
])


# Output(my_output, ...) instead of Output("my-output", ...): Dash reads
# the component's id, generating one the first time it is needed.
@callback(Output(my_output, "children"), Input(my_input, "value"))
def update_output_div(input_value):
    return f"Output: {input_value}"


if __name__ == "__main__":
    app.run(debug=False)
