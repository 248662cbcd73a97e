"""Show that the SQuAD regression check fails when the core is broken on purpose.

    python benchmarks/squad_broken_run.py first-window v1.1 --model runs/regression-squad-v1.1 \
        --output_dir runs/broken-first-window
    python benchmarks/squad_broken_run.py wrong-layer v1.1 --output_dir runs/broken-wrong-layer

Runs `python -m squad.regression VERSION ...` with one fault patched in for this process only:

* `first-window`: the document stride is ignored: only each context's first window is read, so an
  answer beyond `max_seq_length` wordpieces cannot be found (pass `--model` to score the model a
  correct check trained; the fault is in prediction);
* `wrong-layer`: the QA head reads the output of encoder layer 3 instead of the last layer, in
  training and prediction (the top layers get no gradient).

Exit status is the check's: 1 (FAIL) is what this script is meant to show.
"""
from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bert.modeling import BertModel  # noqa: E402
from squad import data as squad_data  # noqa: E402
from squad import regression  # noqa: E402

WRONG_LAYER = 3  # hidden_states[0] is the embeddings, [num_hidden_layers] the last layer


def first_window_only(num_doc_tokens: int, max_tokens_per_window: int, doc_stride: int):
    return [(0, min(num_doc_tokens, max_tokens_per_window))]


def encoder_output_of_wrong_layer(self, *args, **kwargs):
    """BertModel.forward whose last_hidden_state (what the QA head reads) is layer WRONG_LAYER's output."""
    output = BERT_FORWARD(self, *args, **kwargs)
    return output._replace(last_hidden_state=output.hidden_states[WRONG_LAYER])


BERT_FORWARD = BertModel.forward
FAULTS = {
    "first-window": lambda: mock.patch.object(squad_data, "doc_windows", first_window_only),
    "wrong-layer": lambda: mock.patch.object(BertModel, "forward", encoder_output_of_wrong_layer),
}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in FAULTS:
        print(f"usage: squad_broken_run.py {{{','.join(FAULTS)}}} VERSION [squad.regression flags]", file=sys.stderr)
        return 2
    with FAULTS[argv[0]]():
        return regression.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
