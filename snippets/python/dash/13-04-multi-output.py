"""One callback, five outputs: a single call fills every cell of the table."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    # min and max keep x**x real and small; an empty box, or a number
    # outside min..max, reaches the callback as None.
    dcc.Input(id="num-multi", type="number", value=5, min=0, max=10),
    html.Table(id="powers", children=[
        html.Tr([html.Td("x²"), html.Td(id="square")]),
        html.Tr([html.Td("x³"), html.Td(id="cube")]),
        html.Tr([html.Td("2ˣ"), html.Td(id="twos")]),
        html.Tr([html.Td("3ˣ"), html.Td(id="threes")]),
        html.Tr([html.Td("xˣ"), html.Td(id="x^x")]),
    ]),
])


@callback(
    Output("square", "children"),
    Output("cube", "children"),
    Output("twos", "children"),
    Output("threes", "children"),
    Output("x^x", "children"),
    Input("num-multi", "value"),
)
def callback_a(x):
    if x is None:  # the box is empty, or its number is outside min..max
        return ("—",) * 5
    # One return value per Output, in the same order.
    return x**2, x**3, 2**x, 3**x, x**x


if __name__ == "__main__":
    app.run(debug=False)
