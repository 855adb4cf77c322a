#!/bin/sh
# Rebuilds llmgate's NER model from scratch:
#
#   npm ci            lexicon packages (package-lock.json pins them)
#   node gen.mjs      data/ner_lexicon.txt.gz, out/train.jsonl, out/held*.jsonl, masks
#   ner-train train   data/ner.model (averaged perceptron, int16 weights)
#   ner-train eval    scores on the held-out set (unseen templates and names)
#
# Not part of the build or of `make test`: the model is committed and
# src/guard/meson.build embeds data/ner.model. Run this after changing the
# generator, the templates or src/guard/ner_feat.[ch] (a feature change needs
# a new model: bump NER_FEAT_VERSION so stale models are refused).
#
# Environment: SEED (default 7), TRAIN records (default 150000), EPOCHS (8),
# DEV=path/to/dev.jsonl to also print scores on an evaluation corpus.
set -eu
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
SEED=${SEED:-7}
TRAIN=${TRAIN:-150000}
EPOCHS=${EPOCHS:-8}
mkdir -p out

# Debian's word lists of the other languages (gen.mjs: the foreign filter).
for l in french ngerman spanish italian portuguese dutch swedish polish; do
    [ -f /usr/share/dict/$l ] || need="${need:-} w$l"
done
[ -f /usr/share/dict/british-english ] || need="${need:-} wbritish" # lex.mjs: British spellings
[ -f /usr/share/dict/american-english ] || need="${need:-} wamerican" # lex.mjs: common words
[ -f /usr/share/hunspell/es_ES.aff ] || need="${need:-} hunspell-es"
command -v unmunch >/dev/null || need="${need:-} hunspell-tools"
if [ -n "${need:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund
fi
node gen.mjs --seed "$SEED" --train "$TRAIN" --held 4000

${CC:-cc} -O2 -g -std=gnu11 -Wall -Wextra -I"$ROOT/src" train.c "$ROOT/src/guard/ner_feat.c" \
    $(pkg-config --cflags --libs jansson) -lm -o out/ner-train

./out/ner-train train "$ROOT/data/ner_lexicon.txt.gz" out/train.jsonl "$ROOT/data/ner.model" \
    --mask out/mask_train.txt --epochs "$EPOCHS" --foreign out/foreign.txt

echo "== held-out (unseen templates; names, places, organisations from the held-out 20 %)"
./out/ner-train eval "$ROOT/data/ner.model" out/held.jsonl
echo "== held-out, with the held-out vocabulary removed from the lexicon too"
./out/ner-train eval "$ROOT/data/ner.model" out/held.jsonl --mask out/mask_held.txt
echo "== second held-out template set (templates_held2.mjs)"
./out/ner-train eval "$ROOT/data/ner.model" out/held2.jsonl
if [ -n "${DEV:-}" ]; then
    echo "== $DEV"
    ./out/ner-train eval "$ROOT/data/ner.model" "$DEV"
fi
./out/ner-train bench "$ROOT/data/ner.model" out/held.jsonl
