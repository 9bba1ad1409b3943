"""Input triggers, State rides along: typing does nothing until the click."""
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Input(id="input-1-state", type="text", value="Montréal"),
    dcc.Input(id="input-2-state", type="text", value="Canada"),
    html.Button(id="submit-button-state", n_clicks=0, children="Submit"),
    html.Div(id="output-state"),
])


@callback(
    Output("output-state", "children"),
    Input("submit-button-state", "n_clicks"),  # a click is the only trigger
    State("input-1-state", "value"),  # read at that moment, never a trigger
    State("input-2-state", "value"),
)
def update_output(n_clicks, input1, input2):
    return (f'Pressed {n_clicks} times; input 1 is "{input1}"'
            f' and input 2 is "{input2}"')


if __name__ == "__main__":
    app.run(debug=False)
