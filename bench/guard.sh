#!/usr/bin/env bash
# What the PII guardrail costs per proxied request: the same non-streaming
# chat completion (a 1 KB user message with a name, a date, a card number,
# an e-mail address, a phone number and an IP address) sent through llmgate
# with and without guardrails, in front of the fixed-response nginx upstream
# of bench/run.sh.
#
#   bench/guard.sh
#
#   A  no guardrails
#   B  guardrail: presidio, mode: pre_call, default_on, every entity type,
#      MASK (no pii_entities_config: every entity is masked)
#   C  as B with mode: [pre_call, post_call] (the upstream's answer holds PII)
#   D  guardrail: litellm_content_filter, mode: pre_call, default_on, every
#      prebuilt pattern with action MASK
#
# Before measuring, one request per configuration goes to an echo upstream
# (node) that records what it received, and one to the fixed upstream: the
# script stops unless A passes the message unchanged, B, C and D mask it,
# C masks the answer, and x-litellm-applied-guardrails names the rail.
#
# Environment (as bench/run.sh):
#   BENCH_DURATION  seconds per measured wrk run (default 10)
#   BENCH_CONNS     wrk connections, one number (default 64)
#   BENCH_ROUNDS    rounds taking turns between A, B, C, D; each measure is
#                   the median over the rounds (default 3)
#   BENCH_RETRIES   repeats of a run that another process disturbed (default 3)
#   BENCH_WAIT_QUIET  seconds to wait at most for an idle machine (default 120)
#   BENCH_CONFIGS   the configurations to run, A among them (default "A B C D")
#   BENCH_PERF      1: then profile each configuration under load with perf
#                   and show where the CPU goes, per object and function
#                   (default 0; adds about 30 s per configuration)
#   LLMGATE_BIN     binary under test (default build/llmgate; a copy is measured)
#   BENCH_REVISION  how the report names that binary (default: git describe)
#   BENCH_KEEP      1: keep the temp dir (configs, logs, raw wrk output)
#
# Layout (2 cores): the llmgate under test alone on core 0 (the four
# instances run side by side there, three of them idle at any time); the
# upstream nginx, wrk, curl and node on core 1. CPU per request is utime +
# stime of the llmgate process from /proc/PID/stat over the run, divided by
# the requests wrk completed. Results: a Markdown report on stdout and in
# bench/results/guard.md; progress on stderr. Defaults take about 2.5
# minutes on an idle machine.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${BENCH_DURATION:-10}
CONNS=${BENCH_CONNS:-64}
ROUNDS=${BENCH_ROUNDS:-3}
RETRIES=${BENCH_RETRIES:-3}
WAIT_QUIET=${BENCH_WAIT_QUIET:-120}
CONFIGS=${BENCH_CONFIGS:-"A B C D"}
DO_PERF=${BENCH_PERF:-0}
BIN=${LLMGATE_BIN:-$ROOT/build/llmgate}
KEY=sk-bench-master-key
WARMUP=2

BENCH_TAG=guard
# shared helpers (bench_setup, stop_pid, wait_ready, cpu_ticks, wait_quiet...)
. "$ROOT/bench/lib.sh"

[[ " $CONFIGS " == *" A "* ]] || die "BENCH_CONFIGS must include A, the baseline"
for k in $CONFIGS; do
  [[ $k == [ABCD] ]] || die "unknown configuration '$k' in BENCH_CONFIGS (A, B, C, D)"
done
bench_setup

trap cleanup EXIT
trap 'exit 130' INT TERM

USED_PORTS=" "
cpu_split() { # "utime stime" of a whole process
  local s
  s=$(<"/proc/$1/stat")
  s=${s##*) }
  # shellcheck disable=SC2086 # split the fields on purpose
  set -- $s
  echo "${12} ${13}"
}
wait_quiet
BUSY_START=$BUSY

UPORT=$(free_port) # fixed-response nginx
EPORT=$(free_port) # echo upstream (node), for the check only
declare -A PORT GW_PID
for k in $CONFIGS; do PORT[$k]=$(free_port); done

# ------------------------------------------------------------ texts
# The user message: 1,066 bytes, ASCII, no double quote or backslash (it is
# written into JSON as it is). The engine finds PERSON, LOCATION, DATE_TIME,
# CREDIT_CARD (Luhn-valid), EMAIL_ADDRESS, PHONE_NUMBER and IP_ADDRESS in it.
NAME="Marcus Oyelaran"
DATE="14 March 2024"
CARD="4539 1488 0343 6467"
EMAIL="marcus.oyelaran@northwind-design.com"
PHONE="+44 20 7946 0958"
IP="203.0.113.47"
MESSAGE="Hello, I need help writing a short note to our bank. My name is $NAME and I look after \
the office network for a small design studio in Leeds. On $DATE our company card $CARD was \
charged twice by a cloud hosting provider, and the second charge still shows as pending. Please \
draft a polite email to the card issuer explaining the duplicate payment and asking them to \
reverse it. They can reach me at $EMAIL or by phone on $PHONE during office hours. For context, \
the provider flagged the second login as coming from $IP, which is not one of our addresses, so \
I would also like two sentences asking whether the card should be replaced as a precaution. Keep \
the tone calm and factual, no more than three short paragraphs, and end with a clear request for \
written confirmation. If it helps, the studio has held the account for six years and has never \
disputed a payment before. Please avoid legal language and leave out any amounts, since I will \
add those myself before sending. Thank you!"
BODY='{"model":"bench-model","messages":[{"role":"user","content":"'$MESSAGE'"}],"temperature":0.2,"max_tokens":400}'
printf '%s' "$BODY" >"$TMP/body.json"
printf '%s' "${BODY/bench-model/bench-echo}" >"$TMP/body-echo.json"

# The fixed upstream's answer: a draft holding the name, the date, the IP
# address, the e-mail address and the phone number again, so that a
# post_call rail has something to mask. No single quote or dollar sign: it
# goes into an nginx single-quoted string.
ANSWER="Here is a draft you can send. Dear Card Services, my name is $NAME and I hold the \
company card ending in 6467. On $DATE the card was charged twice by the same hosting provider; \
please reverse the second payment and confirm in writing. The provider also reported a login \
from $IP, which is not one of ours, so please tell me whether the card should be replaced. You \
can reach me at $EMAIL or on $PHONE. Kind regards, $NAME"
COMPLETION='{"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion","created":1741570283,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"'$ANSWER'","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":262,"completion_tokens":98,"total_tokens":360,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default","system_fingerprint":"fp_06737a9306"}'
[[ $ANSWER != *[\'\$]* ]] || die "the answer holds a single quote or a dollar sign"

# ------------------------------------------------------------ upstreams
cat >"$TMP/upstream.conf" <<EOF
worker_processes 1;
pid $TMP/upstream.pid;
error_log $TMP/upstream-error.log warn;
events { worker_connections 16384; }
http {
    client_body_temp_path $TMP/upstream-tmp/body;
    proxy_temp_path $TMP/upstream-tmp/proxy;
    fastcgi_temp_path $TMP/upstream-tmp/fastcgi;
    uwsgi_temp_path $TMP/upstream-tmp/uwsgi;
    scgi_temp_path $TMP/upstream-tmp/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    access_log off;
    server {
        listen 127.0.0.1:$UPORT backlog=4096;
        location = /v1/chat/completions {
            default_type application/json;
            return 200 '$COMPLETION';
        }
    }
}
EOF

# The echo upstream: answers a chat.completion whose content is the last
# message it received, and writes each request body it received as one line.
cat >"$TMP/echo.js" <<'EOF'
const http = require('http');
const fs = require('fs');
const [port, file] = process.argv.slice(2);
http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const body = Buffer.concat(parts).toString('utf8');
    let content = '';
    try {
      const j = JSON.parse(body);
      const m = j.messages[j.messages.length - 1];
      content = typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
      fs.appendFileSync(file, JSON.stringify(j) + '\n');
    } catch (e) {
      fs.appendFileSync(file, JSON.stringify({unparsable: body}) + '\n');
    }
    const out = JSON.stringify({id: 'chatcmpl-echo', object: 'chat.completion', created: 1741570283,
      model: 'echo', choices: [{index: 0, message: {role: 'assistant', content}, finish_reason: 'stop'}],
      usage: {prompt_tokens: 1, completion_tokens: 1, total_tokens: 2}});
    res.writeHead(200, {'content-type': 'application/json', 'content-length': Buffer.byteLength(out)});
    res.end(out);
  });
}).listen(Number(port), '127.0.0.1');
EOF

# ------------------------------------------------------------ llmgate configs
gw_config() { # config letter
  cat <<EOF
model_list:
  - model_name: bench-model
    litellm_params:
      model: openai/bench-model
      api_base: http://127.0.0.1:$UPORT/v1
      api_key: sk-bench-upstream
  - model_name: bench-echo
    litellm_params:
      model: openai/bench-model
      api_base: http://127.0.0.1:$EPORT/v1
      api_key: sk-bench-upstream
general_settings:
  master_key: $KEY
EOF
  case $1 in
    B | C)
      cat <<EOF
guardrails:
  - guardrail_name: pii
    litellm_params:
      guardrail: presidio
      mode: $([ "$1" = C ] && echo "[pre_call, post_call]" || echo pre_call)
      default_on: true
EOF
      ;;
    D)
      echo "guardrails:"
      echo "  - guardrail_name: pii-filter"
      echo "    litellm_params:"
      echo "      guardrail: litellm_content_filter"
      echo "      mode: pre_call"
      echo "      default_on: true"
      echo "      patterns:"
      for p in us_ssn email credit_card phone ip_address iban url us_passport crypto mac_address \
        uk_nino uk_nhs aws_access_key aws_secret_key github_token slack_token openai_api_key \
        anthropic_api_key private_key jwt; do
        echo "        - {pattern_type: prebuilt, pattern_name: $p, action: MASK}"
      done
      ;;
  esac
}
declare -A RAILS
RAILS[A]="none"
RAILS[B]="presidio, pre_call"
RAILS[C]="presidio, pre_call + post_call"
RAILS[D]="litellm_content_filter, pre_call"
for k in $CONFIGS; do
  gw_config "$k" >"$TMP/$k.yaml"
  "$BIN" check --config "$TMP/$k.yaml" >&2 || die "llmgate rejects config $k"
done

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

log "temp dir $TMP; ports upstream $UPORT, echo $EPORT, llmgate $(for k in $CONFIGS; do printf '%s=%s ' "$k" "${PORT[$k]}"; done)"
mkdir -p "$TMP/upstream-tmp"
taskset -c "$LOAD_CPU" nginx -p "$TMP/" -e "$TMP/upstream-error.log" -c "$TMP/upstream.conf" \
  -g 'daemon off;' 2>>"$TMP/upstream-stderr.log" &
UP_MASTER=$!
PIDS+=("$UP_MASTER")
wait_ready "$UPORT" /v1/chat/completions "$UP_MASTER" "$TMP/upstream-error.log"
UP_WORKER=""
for ((i = 0; i < 100; i++)); do
  UP_WORKER=$(pgrep -P "$UP_MASTER" | head -1 || true)
  [ -n "$UP_WORKER" ] && break
  sleep 0.05
done
[ -n "$UP_WORKER" ] || die "the upstream nginx did not start: $(tail -5 "$TMP/upstream-error.log")"

for k in $CONFIGS; do
  taskset -c "$PROXY_CPU" "$BIN" --config "$TMP/$k.yaml" --host 127.0.0.1 --port "${PORT[$k]}" \
    --workers 1 2>>"$TMP/llmgate-$k.log" &
  GW_PID[$k]=$!
  PIDS+=("${GW_PID[$k]}")
  wait_ready "${PORT[$k]}" /health/liveliness "${GW_PID[$k]}" "$TMP/llmgate-$k.log"
done

# ------------------------------------------------------------ check
# One request per configuration to the echo upstream (what did the model
# receive?) and one to the fixed upstream (what does the client read?).
taskset -c "$LOAD_CPU" node "$TMP/echo.js" "$EPORT" "$TMP/echo.jsonl" 2>"$TMP/echo.log" &
ECHO_PID=$!
PIDS+=("$ECHO_PID")
wait_ready "$EPORT" / "$ECHO_PID" "$TMP/echo.log"

post() { # port body-file out-file: prints the status; headers in out-file.h
  taskset -c "$LOAD_CPU" curl -sS -o "$3" -D "$3.h" -w '%{http_code}' \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary "@$2" "http://127.0.0.1:$1/v1/chat/completions"
}
applied() { # header file: the value of x-litellm-applied-guardrails, or "none"
  local v
  v=$(awk -F': ' 'tolower($1) == "x-litellm-applied-guardrails" {sub(/\r$/, "", $2); print $2}' "$1")
  echo "${v:-none}"
}
holds() { # file string
  grep -qF -- "$2" "$1"
}
masks_in() { # file: the distinct placeholders, in order of appearance
  { grep -oE '<[A-Z_]+>|\[[A-Z_]+_REDACTED\]' "$1" || true; } | awk '!seen[$0]++ {printf "%s`%s`", n++ ? " " : "", $0}'
}

declare -A SEEN_UP SEEN_ANS HDR
PII_IN=("$NAME" "$DATE" "$CARD" "$EMAIL" "$PHONE" "$IP")
PII_OUT=("$NAME" "$DATE" "$EMAIL" "$PHONE" "$IP")
# What the content filter has a pattern for (no names, no dates).
PII_FILTER=("$CARD" "$EMAIL" "$PHONE" "$IP")
for k in $CONFIGS; do
  before=0
  [ -f "$TMP/echo.jsonl" ] && before=$(wc -l <"$TMP/echo.jsonl")
  code=$(post "${PORT[$k]}" "$TMP/body-echo.json" "$TMP/check-$k-echo")
  [ "$code" = 200 ] || die "config $k, echo upstream: status $code: $(head -c 300 "$TMP/check-$k-echo")"
  after=$(wc -l <"$TMP/echo.jsonl")
  [ "$after" = $((before + 1)) ] || die "config $k: the echo upstream did not record the request"
  tail -1 "$TMP/echo.jsonl" >"$TMP/check-$k-received"
  code=$(post "${PORT[$k]}" "$TMP/body.json" "$TMP/check-$k-fixed")
  [ "$code" = 200 ] || die "config $k, fixed upstream: status $code: $(head -c 300 "$TMP/check-$k-fixed")"
  HDR[$k]=$(applied "$TMP/check-$k-fixed.h")
  SEEN_UP[$k]=$(masks_in "$TMP/check-$k-received")
  SEEN_ANS[$k]=$(masks_in "$TMP/check-$k-fixed")
  case $k in
    A)
      for v in "${PII_IN[@]}"; do
        holds "$TMP/check-A-received" "$v" || die "config A: the upstream did not receive '$v' unchanged"
      done
      [ "${HDR[A]}" = none ] || die "config A: x-litellm-applied-guardrails: ${HDR[A]}"
      ;;
    B | C)
      for v in "${PII_IN[@]}"; do
        ! holds "$TMP/check-$k-received" "$v" || die "config $k: the upstream received '$v'"
      done
      for m in '<PERSON>' '<DATE_TIME>' '<CREDIT_CARD>' '<EMAIL_ADDRESS>' '<PHONE_NUMBER>' '<IP_ADDRESS>'; do
        holds "$TMP/check-$k-received" "$m" || die "config $k: no $m in what the upstream received"
      done
      [ "${HDR[$k]}" = pii ] || die "config $k: x-litellm-applied-guardrails: ${HDR[$k]}"
      ;;
    D)
      for v in "${PII_FILTER[@]}"; do
        ! holds "$TMP/check-D-received" "$v" || die "config D: the upstream received '$v'"
      done
      holds "$TMP/check-D-received" '[EMAIL_ADDRESS_REDACTED]' || die "config D: no e-mail mask upstream"
      [ "${HDR[D]}" = pii-filter ] || die "config D: x-litellm-applied-guardrails: ${HDR[D]}"
      ;;
  esac
  case $k in
    C)
      for v in "${PII_OUT[@]}"; do
        ! holds "$TMP/check-C-fixed" "$v" || die "config C: the client read '$v' in the answer"
      done
      ;;
    *)
      holds "$TMP/check-$k-fixed" "$EMAIL" || die "config $k: the answer was changed: $(head -c 300 "$TMP/check-$k-fixed")"
      ;;
  esac
done
stop_pid "$ECHO_PID"
log "check: A passes the message unchanged; $(for k in $CONFIGS; do [ "$k" = A ] || printf '%s masks it (%s); ' "$k" "${SEEN_UP[$k]}"; done)C masks the answer"

# ------------------------------------------------------------ load runs
declare -A RPS P50 P99 CPU USR SYS UTIL LOADU REQS ERRS NOISE
ANOMALIES=()

# Noise meter, as bench/run.sh: CPU that anything but the benchmark used on
# both cores, in % of one core.
KSOFTIRQ=$(pgrep '^ksoftirqd/' | tr '\n' ' ' || true)
ours_ticks() {
  local p t pids
  t=$(shell_ticks)
  read -r -a pids <<<"$UP_WORKER ${GW_PID[*]} $KSOFTIRQ"
  for p in "${pids[@]}"; do
    if [ -r "/proc/$p/stat" ]; then
      t=$((t + $(cpu_ticks "$p")))
    fi
  done
  echo "$t"
}
wrk_once() { # key label config duration
  local key=$1 label=$2 k=$3 dur=$4
  local out="$TMP/wrk-$key.txt" pid=${GW_PID[$3]} u0 s0 u1 s1 l0 l1 reqs non2xx sockerr
  log "wrk $label c=$CONNS ${dur}s"
  noise_start "$PROXY_CPU" "$LOAD_CPU"
  read -r u0 s0 <<<"$(cpu_split "$pid")"
  l0=$(cores_busy "$LOAD_CPU")
  BENCH_KEY=$KEY BENCH_BODY_FILE=$TMP/body.json taskset -c "$LOAD_CPU" wrk -t1 -c "$CONNS" \
    -d "${dur}s" --latency -s "$ROOT/bench/chat_pii.lua" \
    "http://127.0.0.1:${PORT[$k]}/v1/chat/completions" >"$out" 2>&1 || true
  read -r u1 s1 <<<"$(cpu_split "$pid")"
  l1=$(cores_busy "$LOAD_CPU")
  NOISE[$key]=$(noise_end)
  reqs=$(awk '/requests in/ {print $1; exit}' "$out")
  if [ -z "$reqs" ] || [ "$reqs" -le 0 ]; then
    cat "$out" >&2
    die "wrk $label: no requests"
  fi
  RPS[$key]=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")
  P50[$key]=$(to_us "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$key]=$(to_us "$(awk '$1 == "99%" {print $2}' "$out")")
  REQS[$key]=$reqs
  per_req() { awk -v d="$1" -v hz="$CLK_TCK" -v n="$reqs" 'BEGIN {printf "%.2f", d * 1e6 / hz / n}'; }
  CPU[$key]=$(per_req $((u1 + s1 - u0 - s0)))
  USR[$key]=$(per_req $((u1 - u0)))
  SYS[$key]=$(per_req $((s1 - s0)))
  UTIL[$key]=$(awk -v d=$((u1 + s1 - u0 - s0)) -v hz="$CLK_TCK" -v s="$dur" 'BEGIN {printf "%.0f", d / hz / s * 100}')
  LOADU[$key]=$(awk -v d=$((l1 - l0)) -v hz="$CLK_TCK" -v s="$dur" 'BEGIN {printf "%.0f", d / hz / s * 100}')
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  sockerr=$(awk -F'Socket errors: ' '/Socket errors:/ {print $2}' "$out")
  ERRS[$key]=${non2xx:-0}
  if [ -n "$sockerr" ]; then
    ERRS[$key]+=" (socket: $sockerr)"
  fi
  if [ -n "$non2xx" ] || [ -n "$sockerr" ]; then
    ANOMALIES+=("$label: non-2xx ${non2xx:-0}, socket errors: ${sockerr:-none}")
  fi
}

# One measured run; repeated (up to BENCH_RETRIES times, once the machine is
# idle again) while other processes used 10% of a core or more; the least
# disturbed attempt is kept.
run_wrk() { # key label config duration
  local key=$1 label=$2 attempt best=""
  local b_rps b_p50 b_p99 b_reqs b_cpu b_usr b_sys b_util b_loadu b_errs b_noise
  for ((attempt = 0; attempt <= RETRIES; attempt++)); do
    wrk_once "$@"
    [ "$key" = warm ] && return 0
    if [ -z "$best" ] || [ "${NOISE[$key]}" -lt "$b_noise" ]; then
      best=$attempt b_rps=${RPS[$key]} b_p50=${P50[$key]} b_p99=${P99[$key]} b_reqs=${REQS[$key]}
      b_cpu=${CPU[$key]} b_usr=${USR[$key]} b_sys=${SYS[$key]} b_util=${UTIL[$key]} b_loadu=${LOADU[$key]}
      b_errs=${ERRS[$key]} b_noise=${NOISE[$key]}
    fi
    [ "$b_noise" -ge 10 ] || break
    if [ "$attempt" -lt "$RETRIES" ]; then
      log "other processes used ${NOISE[$key]}% of a core during $label: again once the machine is idle"
      wait_quiet
    fi
  done
  RPS[$key]=$b_rps P50[$key]=$b_p50 P99[$key]=$b_p99 REQS[$key]=$b_reqs
  CPU[$key]=$b_cpu USR[$key]=$b_usr SYS[$key]=$b_sys UTIL[$key]=$b_util LOADU[$key]=$b_loadu
  ERRS[$key]=$b_errs
  NOISE[$key]=$b_noise
  if [ "$b_noise" -ge 10 ]; then
    ANOMALIES+=("$label: other processes used $b_noise% of a core during the least disturbed of $((RETRIES + 1)) attempts; its numbers are disturbed")
  fi
}

settle() { # key: medians over the rounds; the worst disturbance, the first error count
  local k=$1 r
  RPS[$k]=$(median_of RPS "$k") P50[$k]=$(median_of P50 "$k") P99[$k]=$(median_of P99 "$k")
  REQS[$k]=$(median_of REQS "$k") CPU[$k]=$(median_of CPU "$k") UTIL[$k]=$(median_of UTIL "$k")
  USR[$k]=$(median_of USR "$k") SYS[$k]=$(median_of SYS "$k") LOADU[$k]=$(median_of LOADU "$k")
  NOISE[$k]=0 ERRS[$k]=0
  for ((r = 1; r <= ROUNDS; r++)); do
    [ "${NOISE[${k}_r$r]}" -gt "${NOISE[$k]}" ] && NOISE[$k]=${NOISE[${k}_r$r]}
    [ "${ERRS[$k]}" = 0 ] && ERRS[$k]=${ERRS[${k}_r$r]}
  done
}

for k in $CONFIGS; do
  run_wrk warm "$k (warm-up)" "$k" "$WARMUP"
done
for ((round = 1; round <= ROUNDS; round++)); do
  for k in $CONFIGS; do
    run_wrk "${k}_r$round" "$k (round $round)" "$k" "$DURATION"
    kill -0 "${GW_PID[$k]}" 2>/dev/null || die "llmgate $k died under load: $(tail -5 "$TMP/llmgate-$k.log")"
  done
done
for k in $CONFIGS; do settle "$k"; done

# ------------------------------------------------------------ profile
# perf on each configuration during its own wrk run. Shares of llmgate's
# samples, per object and for the functions that make the difference, are
# turned into µs per request with the CPU per request of that same run
# (perf's sampling adds its own cost to the process, so these runs are
# slower than the measured ones).
PERF_DSO=""
PERF_FN=""
PERF_CPU=""
if [ "$DO_PERF" = 1 ] && command -v perf >/dev/null && perf --version >/dev/null 2>&1; then
  mkdir -p "$ROOT/bench/results"
  for k in $CONFIGS; do
    wait_quiet
    log "perf record --call-graph dwarf on llmgate $k during wrk ${DURATION}s"
    taskset -c "$LOAD_CPU" perf record -F 499 --call-graph dwarf,16384 -p "${GW_PID[$k]}" \
      -o "$TMP/perf-$k.data" -- sleep "$DURATION" >/dev/null 2>"$TMP/perf-$k.log" &
    PERF_PID=$!
    PIDS+=("$PERF_PID")
    sleep 0.3
    wrk_once "perf_$k" "$k (under perf)" "$k" "$((DURATION > 2 ? DURATION - 1 : 1))"
    wait "$PERF_PID" || true
    forget_pid "$PERF_PID"
    log "perf report $k"
    perf report -i "$TMP/perf-$k.data" --stdio --children --sort symbol -g none --percent-limit 0.3 \
      2>/dev/null >"$ROOT/bench/results/guard-perf-$k-inclusive.txt" || true
    perf report -i "$TMP/perf-$k.data" --stdio --no-children --sort dso,symbol -g none \
      --percent-limit 0.3 2>/dev/null >"$ROOT/bench/results/guard-perf-$k-self.txt" || true
    perf report -i "$TMP/perf-$k.data" --stdio --no-children --sort dso -g none \
      2>/dev/null >"$TMP/perf-$k-dso.txt" || true
    # "object share" lines; PCRE2's JIT code shows as "[JIT] tid N".
    awk '/^ +[0-9.]+%/ {p = $1; sub(/%/, "", p); $1 = ""; sub(/^ +/, ""); sub(/ +$/, "")
      if ($0 ~ /^\[JIT\]/) $0 = "PCRE2 JIT code"; sub(/\.so[.0-9]*$/, ""); print $0 "\t" p}' \
      "$TMP/perf-$k-dso.txt" >"$TMP/perf-$k-dso.tsv"
    # "function share": the inclusive share, summed over perf's entries of
    # one name (a function inlined in two places has two).
    awk '/^ +[0-9.]+%/ {for (i = 1; i < NF; i++) if ($i == "[.]" || $i == "[k]") {
        p = $1; sub(/%/, "", p); s[$(i + 1)] += p; break}}
      END {for (f in s) print f "\t" s[f]}' \
      "$ROOT/bench/results/guard-perf-$k-inclusive.txt" >"$TMP/perf-$k-fn.tsv"
    PERF_CPU+="${PERF_CPU:+, }$k ${CPU[perf_$k]}"
  done
  # One row per object (those over 1% anywhere) or function, one column per
  # configuration, in µs per request.
  perf_table() { # kind names...
    local kind=$1 name k row v
    shift
    for name in "$@"; do
      row="| $name |"
      for k in $CONFIGS; do
        v=$(awk -F'\t' -v n="$name" -v c="${CPU[perf_$k]}" \
          '$1 == n {printf "%.1f", $2 * c / 100; f = 1} END {if (!f) printf "0"}' "$TMP/perf-$k-$kind.tsv")
        row+=" $v |"
      done
      echo "$row"
    done
  }
  mapfile -t DSOS < <(cat "$TMP"/perf-*-dso.tsv | awk -F'\t' '$2 >= 1 && !seen[$1]++ {print $1}')
  PERF_DSO=$(perf_table dso "${DSOS[@]}")
  PERF_FN=$(perf_table fn guard_call_request guard_call_response guard_analyze guard__ner_run \
    guard__adhoc_run pcre2_match_8 json_dumpb json_loadb _raw_spin_unlock_irqrestore)
fi

# Failed requests in llmgate's logs (499: wrk closing with requests in flight).
GW_499=0
for k in $CONFIGS; do
  n=$(grep -c '"status":499' "$TMP/llmgate-$k.log" || true)
  GW_499=$((GW_499 + n))
  n=$(grep '"status":[45][0-9][0-9]' "$TMP/llmgate-$k.log" | grep -vc '"status":499' || true)
  if [ "${n:-0}" -gt 0 ]; then
    ANOMALIES+=("llmgate $k logged $n failed requests (other than 499), e.g. $(grep '"status":[45][0-9][0-9]' "$TMP/llmgate-$k.log" | grep -m1 -v '"status":499')")
  fi
done

diff2() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.2f", a - b}'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%+.0f%%", (a - b) / b * 100; else print "n/a"}'; }
rounds_of() { # array key
  local -n arr=$1
  local r out=""
  for ((r = 1; r <= ROUNDS; r++)); do out+="${out:+ / }${arr[${2}_r$r]}"; done
  echo "$out"
}

report() {
  local k
  echo "## PII guardrail in the request path, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$NCPU cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(awk -F= '$1 == "PRETTY_NAME" {gsub(/"/, "", $2); print $2}' /etc/os-release),"
  echo "$("$BIN" --version) ($REVISION), nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), wrk -t1 -c$CONNS, ${DURATION} s per run, median of ${ROUNDS} rounds taking turns between configurations."
  echo "llmgate (--workers 1, request log on) on core $PROXY_CPU; upstream nginx and wrk on core $LOAD_CPU."
  echo
  echo "Request: non-streaming POST /v1/chat/completions, $(wc -c <"$TMP/body.json") bytes, one user message of ${#MESSAGE} bytes"
  echo "(a name, a city, a date, a card number, an e-mail address, a phone number, an IP address)."
  echo "Upstream answer: $(printf '%s' "$COMPLETION" | wc -c) bytes, its content ${#ANSWER} bytes with the name, date, IP, e-mail and phone again."
  echo
  echo "| config | guardrails | req/s | p50 ms | p99 ms | CPU µs/req | user | sys | CPU µs/req per round | CPU use | load core | non-2xx | others |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
  for k in $CONFIGS; do
    echo "| $k | ${RAILS[$k]} | ${RPS[$k]} | $(ms "${P50[$k]}") | $(ms "${P99[$k]}") | ${CPU[$k]} | ${USR[$k]} | ${SYS[$k]} | $(rounds_of CPU "$k") | ${UTIL[$k]}% | ${LOADU[$k]}% | ${ERRS[$k]} | ${NOISE[$k]}% |"
  done
  echo
  echo "| cost over A | CPU µs/req | user | sys | req/s | p50 | p99 |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for k in $CONFIGS; do
    [ "$k" = A ] && continue
    echo "| $k − A | **$(diff2 "${CPU[$k]}" "${CPU[A]}")** | $(diff2 "${USR[$k]}" "${USR[A]}") | $(diff2 "${SYS[$k]}" "${SYS[A]}") | $(pct "${RPS[$k]}" "${RPS[A]}") | $(diff2 "$(ms "${P50[$k]}")" "$(ms "${P50[A]}")") ms | $(diff2 "$(ms "${P99[$k]}")" "$(ms "${P99[A]}")") ms |"
  done
  echo
  echo "CPU µs/req is utime+stime of the llmgate process (all threads) over the run divided by the"
  echo "requests wrk completed (user and sys: each alone, medians taken separately); CPU use is its"
  echo "share of one core; load core is how busy core $LOAD_CPU (wrk and the upstream) was. Others is"
  echo "the CPU that processes not started by the benchmark used meanwhile on both cores, in % of one"
  echo "core (a run at 10% or more is repeated once the machine is idle; the least disturbed attempt"
  echo "is kept)."
  echo
  echo "Checked before measuring, with an echo upstream that records what it receives:"
  echo
  echo "| config | the upstream received | x-litellm-applied-guardrails | the client's answer |"
  echo "| --- | --- | --- | --- |"
  for k in $CONFIGS; do
    local up ans
    up=${SEEN_UP[$k]:-the message unchanged}
    [ "$k" = A ] && up="the message unchanged"
    ans="unchanged"
    [ "$k" = C ] && ans="masked: ${SEEN_ANS[C]}"
    echo "| $k | $up | ${HDR[$k]} | $ans |"
  done
  echo
  if [ -n "$PERF_DSO" ]; then
    echo "### Where the CPU goes (perf, c=$CONNS, µs per request)"
    echo
    echo "Each configuration profiled during its own wrk run; a share of llmgate's samples times"
    echo "the CPU per request of that run (perf slows the process: $PERF_CPU µs per request)."
    echo
    echo "| object (self) |$(for k in $CONFIGS; do printf ' %s |' "$k"; done)"
    echo "| --- |$(for k in $CONFIGS; do printf ' ---: |'; done)"
    echo "$PERF_DSO"
    echo
    echo "| function (inclusive) |$(for k in $CONFIGS; do printf ' %s |' "$k"; done)"
    echo "| --- |$(for k in $CONFIGS; do printf ' ---: |'; done)"
    # shellcheck disable=SC2016 # backquotes for Markdown
    echo "$PERF_FN" | sed -E 's/^\| ([^ ]+) \|/| `\1` |/'
    echo
    echo "Full reports: bench/results/guard-perf-*-inclusive.txt and guard-perf-*-self.txt."
    echo
  fi
  echo "### Anomalies"
  echo
  if [ ${#ANOMALIES[@]} -eq 0 ]; then
    echo "None: every wrk run completed with only 2xx answers and no socket errors, and llmgate"
    echo "logged no failed request."
  else
    for k in "${ANOMALIES[@]}"; do echo "- $k"; done
  fi
  echo
  echo "llmgate logged $GW_499 requests with status 499 (wrk closing its connections at the end of a"
  echo "run). Machine busy before the benchmark: $BUSY_START% of a core; after: $BUSY_END%."
}

BUSY_END=$(machine_busy)
mkdir -p "$ROOT/bench/results"
report | tee "$ROOT/bench/results/guard.md"
