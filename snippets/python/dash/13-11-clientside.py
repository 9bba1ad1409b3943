"""The same callback twice: in Python on the server, in JavaScript in the
browser."""
from dash import Dash, Input, Output, callback, clientside_callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Input(id="word", value="callback", type="text"),
    html.Div(id="server-output"),
    html.Div(id="browser-output"),
])


# Runs in the Python process: each change is a request to the server.
@callback(Output("server-output", "children"), Input("word", "value"))
def shout(word):
    return f"Python says: {word.upper()} ({len(word)} characters)"


# Runs in the browser: Dash calls this JavaScript function itself, with no
# request at all.
clientside_callback(
    """
    function (word) {
        const n = word.length;
        return `JavaScript says: ${word.toUpperCase()} (${n} characters)`;
    }
    """,
    Output("browser-output", "children"),
    Input("word", "value"),
)


if __name__ == "__main__":
    app.run(debug=False)
