"""A slider picks a year; a callback draws a new figure for that year."""
import plotly.express as px
from dash import Dash, Input, Output, callback, dcc, html

# Loaded once, when the server starts; callbacks only read it.
df = px.data.gapminder()
years = sorted(df["year"].unique())

app = Dash(__name__)

app.layout = html.Div([
    dcc.Graph(id="graph-with-slider"),
    # The padding leaves room for the first and last year's labels.
    html.Div(
        dcc.Slider(
            min=years[0],
            max=years[-1],
            step=None,  # only the marked years can be chosen
            value=years[0],
            marks={int(year): str(year) for year in years},
            id="year-slider",
        ),
        style={"padding": "0 24px"},
    ),
])


@callback(
    Output("graph-with-slider", "figure"),
    Input("year-slider", "value"),
)
def update_figure(selected_year):
    # A new, filtered frame each call: the global df is never changed.
    filtered_df = df[df["year"] == selected_year]
    return px.scatter(
        filtered_df,
        x="gdpPercap",
        y="lifeExp",
        size="pop",
        color="continent",
        hover_name="country",
        log_x=True,
        size_max=55,
        range_x=[100, 100_000],
        range_y=[20, 90],
        title=f"Life expectancy and GDP per capita, {selected_year}",
    )


if __name__ == "__main__":
    app.run(debug=False)
