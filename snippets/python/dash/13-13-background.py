"""A background callback: the work runs in another process while the page
stays responsive."""
import time

import diskcache
from dash import Dash, DiskcacheManager, Input, Output, callback, html

# Jobs and their results go through a disk cache in the working directory;
# a worker process started by the manager runs the callback.
background_callback_manager = DiskcacheManager(diskcache.Cache("./cache"))

app = Dash(__name__, background_callback_manager=background_callback_manager)

app.layout = html.Div([
    html.Button("Run the job", id="run"),
    html.Button("Cancel", id="cancel", disabled=True),
    html.Progress(id="progress", value="0", max="5"),
    html.Div("Not run yet", id="result"),
])


@callback(
    Output("result", "children"),
    Input("run", "n_clicks"),
    background=True,
    interval=100,  # milliseconds between an answer and the next poll
    running=[  # (output, value while running, value afterwards)
        (Output("run", "disabled"), True, False),
        (Output("cancel", "disabled"), False, True),
    ],
    progress=[Output("progress", "value"), Output("progress", "max")],
    progress_default=["0", "5"],  # the progress outputs once the job ends
    cancel=Input("cancel", "n_clicks"),  # a click stops the worker
    prevent_initial_call=True,
)
def run_job(set_progress, n_clicks):
    steps = 5
    total = 0
    for step in range(1, steps + 1):
        time.sleep(0.05)  # stands for real work
        total += step * step
        # The next poll sees the latest value; earlier ones are replaced.
        set_progress((str(step), str(steps)))
    return f"Run {n_clicks}: the sum of the first {steps} squares is {total}"


if __name__ == "__main__":
    app.run(debug=False)
