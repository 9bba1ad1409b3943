"""Interface-style listeners: the subject calls named methods that an
ABC promises exist."""
from abc import ABC, abstractmethod


class DownloadListener(ABC):
    @abstractmethod
    def on_progress(self, percent): ...

    @abstractmethod
    def on_done(self, name): ...


class Download:
    def __init__(self, name):
        self.name = name
        self.listeners = []

    def add_listener(self, listener):
        self.listeners.append(listener)

    def run(self):
        for percent in (50, 100):
            for listener in self.listeners:
                listener.on_progress(percent)
        for listener in self.listeners:
            listener.on_done(self.name)


class ProgressBar(DownloadListener):
    def on_progress(self, percent):
        print(f"  bar: {'#' * (percent // 10):<10} {percent}%")

    def on_done(self, name):
        print(f"  bar: {name} complete")


class Forgetful(DownloadListener):
    def on_progress(self, percent):  # on_done is missing
        pass


d = Download("data.csv")
d.add_listener(ProgressBar())
d.run()
try:
    # The ABC refuses the incomplete listener before it can be registered.
    Forgetful()
except TypeError as e:
    missing = sorted(Forgetful.__abstractmethods__)
    print(f"{type(e).__name__}: missing {missing}")
