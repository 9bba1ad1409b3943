"""The callback decorator: a dropdown filters a scatter plot of a data set
that ships with plotly."""
import plotly.express as px
from dash import Dash, Input, Output, callback, dcc, html

df = px.data.iris()  # bundled with plotly: no download

app = Dash(__name__)

app.layout = html.Div([
    html.H4("Iris flowers by species"),
    dcc.Dropdown(sorted(df["species"].unique()), "setosa", id="species",
                 clearable=False),
    dcc.Graph(id="scatter"),
])


# @callback(...) runs once, at import: it records "call filter_species when
# species.value changes, and put the result in scatter.figure". The function
# itself runs later, when the browser asks: first for the initial call at
# page load, then after each new selection.
@callback(Output("scatter", "figure"), Input("species", "value"))
def filter_species(species):
    subset = df[df["species"] == species]
    return px.scatter(
        subset,
        x="sepal_width",
        y="sepal_length",
        title=f"{species}: {len(subset)} flowers",
    )


if __name__ == "__main__":
    app.run(debug=False)
