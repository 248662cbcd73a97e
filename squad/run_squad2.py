r"""Fine-tune BERT for SQuAD v2.0 (questions may have no answer) and write predictions.

    python -m squad.run_squad2 --bert minilm-l6 --do_train --do_predict \
        --train_file train-v2.0.json --predict_file ../shared/data/squad/v2.0/dev-v2.0.reconstructed.json.xz \
        --null_score_diff_threshold 0.0 --output_dir runs/squad2

The same flags as squad.run_squad, with --version_2_with_negative on. Besides predictions.json and
nbest_predictions.json it writes null_odds.json (null score minus best span score per question), for
`python -m squad.evaluate --version 2.0 DATA.json predictions.json --na-prob-file null_odds.json`.
"""
from squad.run_squad import main as run_squad_main


def main(argv=None) -> dict:
    return run_squad_main(argv, version_2_with_negative=True)


if __name__ == "__main__":
    main()
