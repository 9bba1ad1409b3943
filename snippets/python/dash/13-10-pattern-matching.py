"""Pattern matching: a MATCH callback serves each row, an ALL callback sums
them."""
from dash import ALL, MATCH, Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Add a row", id="add-row"),
    html.Div(id="rows", children=[]),
    html.Div(id="total"),
])


def row(index):
    # Dictionary IDs: "type" says what the component is, "index" which row
    # it belongs to.
    return html.Div([
        dcc.Input(id={"type": "quantity", "index": index}, type="number",
                  value=1),
        html.Span(id={"type": "echo", "index": index}, className="echo"),
    ])


@callback(
    Output("rows", "children"),
    Input("add-row", "n_clicks"),
    State("rows", "children"),
    prevent_initial_call=True,
)
def add_row(n_clicks, rows):
    # rows is a list that Dash built from this request's JSON, not a
    # global: appending to it changes nothing outside this call.
    rows.append(row(n_clicks - 1))
    return rows


# MATCH: one call per row, each seeing only the input of its own row.
@callback(
    Output({"type": "echo", "index": MATCH}, "children"),
    Input({"type": "quantity", "index": MATCH}, "value"),
    State({"type": "quantity", "index": MATCH}, "id"),
)
def echo(quantity, component_id):
    return f"row {component_id['index']}: {quantity}"


# ALL: one call with a list of every row's value, however many rows exist.
@callback(
    Output("total", "children"),
    Input({"type": "quantity", "index": ALL}, "value"),
)
def total(quantities):
    return f"{len(quantities)} rows, total {sum(q or 0 for q in quantities)}"


if __name__ == "__main__":
    app.run(debug=False)
