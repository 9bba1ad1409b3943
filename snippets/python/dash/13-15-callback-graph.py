"""A diamond of callbacks: the two middle ones run first, the last once."""
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Input(id="x", type="number", value=3),
    html.Div(id="double"),
    html.Div(id="square"),
    html.Div(id="combined"),
    dcc.Store(id="combine-calls", data=0),
])


@callback(Output("double", "children"), Input("x", "value"))
def double(x):
    return 2 * x


@callback(Output("square", "children"), Input("x", "value"))
def square(x):
    return x * x


# Both inputs change whenever x changes. Dash knows this from the callback
# graph, waits for double and square, and calls combine once, with both
# new values.
@callback(
    Output("combined", "children"),
    Output("combine-calls", "data"),
    Input("double", "children"),
    Input("square", "children"),
    State("x", "value"),
    State("combine-calls", "data"),
)
def combine(doubled, squared, x, calls):
    calls += 1
    total = f"{doubled} + {squared} = {doubled + squared}"
    return f"x = {x}: 2x + x² = {total} (combine call {calls})", calls


if __name__ == "__main__":
    app.run(debug=False)
