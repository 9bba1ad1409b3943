"""Five inputs, one output: any change redraws the graph from all five."""
import plotly.express as px
from dash import Dash, Input, Output, callback, dcc, html

df = px.data.gapminder()
years = sorted(df["year"].unique())
indicators = {
    "gdpPercap": "GDP per capita",
    "lifeExp": "Life expectancy",
    "pop": "Population",
}
options = [{"label": label, "value": column}
           for column, label in indicators.items()]

app = Dash(__name__)

app.layout = html.Div([
    html.Div([
        html.Div([
            dcc.Dropdown(options, "gdpPercap", id="xaxis-column",
                         clearable=False),
            dcc.RadioItems(["Linear", "Log"], "Log", id="xaxis-type",
                           inline=True),
        ], style={"width": "48%", "display": "inline-block"}),
        html.Div([
            dcc.Dropdown(options, "lifeExp", id="yaxis-column",
                         clearable=False),
            dcc.RadioItems(["Linear", "Log"], "Linear", id="yaxis-type",
                           inline=True),
        ], style={"width": "48%", "float": "right",
                  "display": "inline-block"}),
    ]),
    dcc.Graph(id="indicator-graphic"),
    # The padding leaves room for the first and last year's labels, and
    # keeps the handle off the x-axis title.
    html.Div(
        dcc.Slider(
            min=years[0],
            max=years[-1],
            step=None,
            value=years[-1],
            marks={int(year): str(year) for year in years},
            id="year-slider",
        ),
        style={"padding": "16px 24px 0"},
    ),
])


@callback(
    Output("indicator-graphic", "figure"),
    Input("xaxis-column", "value"),
    Input("yaxis-column", "value"),
    Input("xaxis-type", "value"),
    Input("yaxis-type", "value"),
    Input("year-slider", "value"),
)
def update_graph(xaxis_column, yaxis_column, xaxis_type, yaxis_type, year):
    # Dash always passes all five current values, whichever one changed.
    dff = df[df["year"] == year]
    y_name, x_name = indicators[yaxis_column], indicators[xaxis_column]
    fig = px.scatter(
        dff,
        x=xaxis_column,
        y=yaxis_column,
        hover_name="country",
        log_x=xaxis_type == "Log",
        log_y=yaxis_type == "Log",
        labels=indicators,
        title=f"{y_name} ({yaxis_type.lower()} scale) against"
        f" {x_name} ({xaxis_type.lower()} scale), {year}",
    )
    fig.update_layout(margin={"l": 40, "b": 40, "t": 40, "r": 0},
                      hovermode="closest")
    return fig


if __name__ == "__main__":
    app.run(debug=False)
