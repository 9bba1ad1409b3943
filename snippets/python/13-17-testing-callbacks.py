# snipcheck: timeout = 60
# snipcheck: skip = pypy
# (it imports Dash, which is installed for CPython only, in the project's venv)
"""Testing Dash callbacks without a browser: call them, then post to them."""
import contextvars
import importlib.util
import sys
from pathlib import Path

from dash._callback_context import context_value
from dash._utils import AttributeDict
from dash.exceptions import MissingCallbackContextException

APPS = Path(__file__).parent / "dash"


def load(stem):
    """Import an example app from its file; its server is not started."""
    name = stem.replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, APPS / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)  # runs the decorators, not app.run()
    return module


def post(app, output, inputs, changed):
    """Send what the renderer sends when the input `changed` changes;
    return the HTTP status and the new value of the output."""
    out_id, out_prop = output.split(".")
    body = {
        "output": output,
        "outputs": {"id": out_id, "property": out_prop},
        "inputs": [{"id": i, "property": p, "value": v}
                   for i, p, v in inputs],
        "changedPropIds": [changed],
        "state": [],
    }
    client = app.server.test_client()  # Flask's: no browser, no network
    response = client.post("/_dash-update-component", json=body)
    new_values = response.get_json()["response"]
    return response.status_code, new_values[out_id][out_prop]


# An app takes every callback registered so far when it answers its first
# request, so each app is loaded and asked before the next one is loaded.
echo = load("13-01-echo-input")
print("call update_output:", repr(echo.update_output("hello")))
print("post to the echo app:",
      post(echo.app, "my-output.children", [("my-input", "value", "hello")],
           "my-input.value"))

buttons = load("13-09-triggered-id")
try:
    buttons.display(None, 1, None)  # reads ctx.triggered_id
except MissingCallbackContextException as err:
    print("call display:", type(err).__name__)


def click_button_2():
    # Dash's testing guide: set a context, then call the function.
    context_value.set(AttributeDict(**{"triggered_inputs": [
        {"prop_id": "btn-2.n_clicks", "value": 1}]}))
    return buttons.display(None, 1, None)


print("call display in a context:",
      repr(contextvars.copy_context().run(click_button_2)))
clicks = [("btn-1", "n_clicks", None), ("btn-2", "n_clicks", 1),
          ("btn-3", "n_clicks", None)]
print("post to the buttons app:",
      post(buttons.app, "which-button.children", clicks, "btn-2.n_clicks"))
