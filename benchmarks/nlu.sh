#!/usr/bin/env bash
# Every NLU figure in BENCHMARKS.md, with the exact commands. Needs a built tree
# (./mvnw -B -q -pl tellerline-nlu,tellerline-nlu-tools,tellerline-nlu-bench -am package -DskipTests) and ../shared/datasets. Takes about 25 minutes on 2 cores.
#   usage: benchmarks/nlu.sh [banking77|clinc150|tellerline|frustration|minilm|minilm-mean-max|clinc150-choose ...]
#   (default: the first four; "minilm" repeats BANKING77 and the own corpus with the 6-layer
#   encoder, not shipped; "minilm-mean-max" every accuracy figure with that encoder's mean and max
#   pooling, not shipped, about 15 minutes; "clinc150-choose" repeats the choice of CLINC150's
#   weights and threshold; "clinc150-fresh" scores the fresh held-out set)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$ROOT/../shared/datasets
CLI=(java -jar "${TELLERLINE_NLU_CLI:-$ROOT/tellerline-nlu-tools/target/tellerline-nlu-cli.jar}")
WORK=$ROOT/target/benchmarks
mkdir -p "$WORK"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1)"

banking77() {
  echo "== BANKING77, 5-fold cross-validation on the training split"
  "${CLI[@]}" crossval --data "$DATA/banking77/train.csv" --folds 5 \
    --weights 0.3,0.5,0.2 --k 10 --temperature 0.02 --l2 1e-5 --learning-rate 0.001 --epochs 30 \
    --maxent-iterations 60
}
clinc150() {
  echo "== CLINC150: train on train + oos_train, evaluate on val + oos_val"
  # Weights and threshold chosen by 5-fold cross-validation on train + oos_train only (seed 42;
  # "benchmarks/nlu.sh clinc150-choose" repeats the choice); see BENCHMARKS.md. The same weights
  # for every detected language (the data set is English).
  python3 "$ROOT/benchmarks/clinc150-to-csv.py" "$DATA/clinc150/train_val.json" "$WORK/clinc150"
  "${CLI[@]}" evaluate --train "$WORK/clinc150/train.csv" --test "$WORK/clinc150/test.csv" \
    --oos-label oos --min-confidence "${CLINC_MIN_CONFIDENCE:-0.34}" \
    --weights "${CLINC_WEIGHTS:-0.4,0.1,0.3,0.2}" --non-english-weights "${CLINC_WEIGHTS:-0.4,0.1,0.3,0.2}" \
    --k 10 --temperature 0.02 --l2 1e-5 --learning-rate 0.001 --epochs 30 --maxent-iterations 60
}
clinc150-fresh() {
  echo "== CLINC150: train on train + oos_train, score the fresh held-out set (benchmarks/heldout/) once"
  # The script's settings, unchanged (chosen by cross-validation on train + oos_train).
  python3 "$ROOT/benchmarks/clinc150-to-csv.py" "$DATA/clinc150/train_val.json" "$WORK/clinc150"
  { cat "$ROOT/benchmarks/heldout/clinc150-fresh-in-scope.csv"
    tail -n +2 "$ROOT/benchmarks/heldout/clinc150-fresh-out-of-scope.csv"; } > "$WORK/clinc150/fresh.csv"
  "${CLI[@]}" evaluate --train "$WORK/clinc150/train.csv" --test "$WORK/clinc150/fresh.csv" \
    --oos-label oos --min-confidence 0.34 --weights 0.4,0.1,0.3,0.2 \
    --non-english-weights 0.4,0.1,0.3,0.2 --k 10 --temperature 0.02 --l2 1e-5 --learning-rate 0.001 \
    --epochs 30 --maxent-iterations 60
}
clinc150-choose() {
  echo "== CLINC150: choose weights and threshold by 5-fold cross-validation on train + oos_train"
  # Out-of-fold probabilities of every part (all four trained: any weights above 0 do), then the
  # rule in benchmarks/choose-weights.py (needs numpy). val is not read.
  python3 "$ROOT/benchmarks/clinc150-to-csv.py" "$DATA/clinc150/train_val.json" "$WORK/clinc150"
  "${CLI[@]}" crossval --data "$WORK/clinc150/train.csv" --folds 5 --oos-label oos \
    --weights 0.4,0.1,0.3,0.2 --non-english-weights 0.4,0.1,0.3,0.2 --k 10 --temperature 0.02 \
    --l2 1e-5 --learning-rate 0.001 --epochs 30 --maxent-iterations 60 \
    --part-probabilities "$WORK/clinc150/part-probabilities.csv"
  python3 "$ROOT/benchmarks/choose-weights.py" "$WORK/clinc150/part-probabilities.csv" oos 0.75 0.95
}
tellerline() {
  echo "== Tellerline's own corpus (en + de), 5-fold cross-validation, shipped settings"
  "${CLI[@]}" crossval --bundled --folds 5 --oos-label oos --min-confidence 0.2 \
    --weights 0.3,0.3,0,0.4 --non-english-weights 0.2,0.2,0.1,0.5 --l2 1e-5 --learning-rate 0.001 \
    --epochs 30 --lexical-epochs 40 --lexical-l2 1e-6 --lexical-learning-rate 0.3
}
minilm() {
  echo "== all-MiniLM-L6-v2 (not shipped): BANKING77 with its best weights of six tried, own corpus shipped settings"
  "${CLI[@]}" crossval --data "$DATA/banking77/train.csv" --folds 5 --encoder all-minilm-l6-v2-q \
    --weights 0.2,0.4,0.2,0.2 --k 10 --temperature 0.02 --l2 1e-5 --learning-rate 0.001 --epochs 30 \
    --maxent-iterations 60
  "${CLI[@]}" crossval --bundled --folds 5 --oos-label oos --min-confidence 0.2 --encoder all-minilm-l6-v2-q \
    --weights 0.3,0.3,0,0.4 --non-english-weights 0.2,0.2,0.1,0.5 --l2 1e-5 --learning-rate 0.001 \
    --epochs 30 --lexical-epochs 40 --lexical-l2 1e-6 --lexical-learning-rate 0.3
}
minilm-mean-max() {
  echo "== all-MiniLM-L6-v2 with mean and max pooling (not shipped): every accuracy figure"
  # BANKING77 with the weights fixed for MiniLM before mean-max pooling existed; own corpus with the
  # shipped settings; CLINC150 weights and threshold chosen the same way as for the shipped encoder
  # (cross-validation on train + oos_train, then val scored once); frustration with shipped settings.
  local enc=all-minilm-l6-v2-q-mean-max
  "${CLI[@]}" crossval --data "$DATA/banking77/train.csv" --folds 5 --encoder $enc \
    --weights 0.2,0.4,0.2,0.2 --k 10 --temperature 0.02 --l2 1e-5 --learning-rate 0.001 --epochs 30 \
    --maxent-iterations 60
  "${CLI[@]}" crossval --bundled --folds 5 --oos-label oos --min-confidence 0.2 --encoder $enc \
    --weights 0.3,0.3,0,0.4 --non-english-weights 0.2,0.2,0.1,0.5 --l2 1e-5 --learning-rate 0.001 \
    --epochs 30 --lexical-epochs 40 --lexical-l2 1e-6 --lexical-learning-rate 0.3
  python3 "$ROOT/benchmarks/clinc150-to-csv.py" "$DATA/clinc150/train_val.json" "$WORK/clinc150"
  "${CLI[@]}" crossval --data "$WORK/clinc150/train.csv" --folds 5 --oos-label oos --encoder $enc \
    --weights 0.4,0.1,0.3,0.2 --non-english-weights 0.4,0.1,0.3,0.2 --k 10 --temperature 0.02 \
    --l2 1e-5 --learning-rate 0.001 --epochs 30 --maxent-iterations 60 \
    --part-probabilities "$WORK/clinc150/part-probabilities-mean-max.csv"
  python3 "$ROOT/benchmarks/choose-weights.py" "$WORK/clinc150/part-probabilities-mean-max.csv" oos 0.75 0.95
  "${CLI[@]}" evaluate --train "$WORK/clinc150/train.csv" --test "$WORK/clinc150/test.csv" \
    --oos-label oos --min-confidence 0.38 --encoder $enc --weights 0.4,0.1,0.2,0.3 \
    --non-english-weights 0.4,0.1,0.2,0.3 --k 10 --temperature 0.02 --l2 1e-5 --learning-rate 0.001 \
    --epochs 30 --maxent-iterations 60
  "${CLI[@]}" frustration --choose-threshold --encoder $enc \
    --test "$ROOT/tellerline-nlu/src/test/resources/io/tellerline/nlu/frustration-eval.csv"
}
frustration() {
  echo "== Frustration detector on the held-out evaluation set"
  "${CLI[@]}" frustration --choose-threshold --test "$ROOT/tellerline-nlu/src/test/resources/io/tellerline/nlu/frustration-eval.csv"
}
for what in "${@:-banking77 clinc150 tellerline frustration}"; do
  for step in $what; do "$step"; done
done
