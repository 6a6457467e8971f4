"""Start-up benchmark: time to the first painted main window, against a bare PySide6 window.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--runs 5]``. Both programs start as
fresh processes, alternately, in the same run; the ratio of the medians is printed (the
machine is shared and noisy, so only the ratio means something). Not a test: no asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

T0 = time.perf_counter()


def child(kind: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication([])

        class Bare(QMainWindow):
            def paintEvent(self, event):  # noqa: N802
                super().paintEvent(event)
                print(f"{(time.perf_counter() - T0) * 1000:.1f}")
                app.quit()

        win = Bare()
        win.setCentralWidget(QLabel("Hello"))
        win.resize(1280, 820)
        win.show()
        app.exec()
        return
    from pathlib import Path

    from destination_europe.ui.app import build_main_window, create_application

    app = create_application()
    win = build_main_window(Path(tempfile.mkdtemp()), "en")

    def painted() -> None:
        # the moment the window painted, not when the work deferred until after it ends
        print(f"{(win.first_paint_time - T0) * 1000:.1f}")
        app.quit()

    win.firstPaint.connect(painted)
    win.show()
    app.exec()


def measure(kind: str) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(measure("bare"))
        app.append(measure("app"))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window first paint: median {b:.0f} ms over {args.runs} runs")
    print(f"Destination Europe first paint:  median {a:.0f} ms over {args.runs} runs")
    print(f"ratio app / bare = {a / b:.2f}")


if __name__ == "__main__":
    main()
