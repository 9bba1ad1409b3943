"""Chained callbacks: country -> city options -> city -> the sentence."""
from dash import Dash, Input, Output, callback, dcc, html

all_options = {
    "America": ["New York City", "San Francisco", "Cincinnati"],
    "Canada": ["Montréal", "Toronto", "Ottawa"],
}

app = Dash(__name__)

app.layout = html.Div([
    dcc.RadioItems(list(all_options), "America", id="countries-radio"),
    html.Hr(),
    dcc.RadioItems(id="cities-radio"),
    html.Hr(),
    html.Div(id="display-selected-values"),
])


@callback(
    Output("cities-radio", "options"),
    Input("countries-radio", "value"),
)
def set_cities_options(selected_country):
    return all_options[selected_country]


# Its input is the previous callback's output: Dash calls it only after
# that one has run.
@callback(Output("cities-radio", "value"), Input("cities-radio", "options"))
def set_cities_value(available_options):
    return available_options[0]


# Two inputs, both downstream of the country: Dash waits until both are up
# to date before calling it, so it is not called with a Canadian country
# and an American city.
@callback(
    Output("display-selected-values", "children"),
    Input("countries-radio", "value"),
    Input("cities-radio", "value"),
)
def set_display_children(selected_country, selected_city):
    return f"{selected_city} is a city in {selected_country}"


if __name__ == "__main__":
    app.run(debug=False)
