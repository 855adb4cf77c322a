#!/usr/bin/env bash
# llmgate benchmark: llmgate next to a plain nginx reverse proxy, both in
# front of the same fixed-response nginx upstream, on one machine.
#
#   bench/run.sh            (or `make bench`, which builds first)
#
# Environment:
#   BENCH_DURATION  seconds per measured wrk run (default 10)
#   BENCH_CONNS     wrk connection counts (default "64 256")
#   BENCH_IDLE      idle keep-alive connections for the memory test (default 10000)
#   BENCH_STARTS    starts timed for start-to-ready (default 20)
#   BENCH_TTFB_N    sequential requests per target for time to first byte (default 200)
#   BENCH_PERF      1: profile llmgate under load with perf, if installed (default 1)
#   BENCH_NGINX_KEEPALIVE  idle upstream connections the nginx proxy keeps
#                   (default 256, the largest connection count; one extra
#                   run shows nginx with keepalive 64 at 256 connections)
#   BENCH_RETRIES   repeats of a run that another process disturbed (default 3)
#   BENCH_ROUNDS    rounds of the load runs, taking turns between targets; each
#                   measure is the median over the rounds (default 3)
#   BENCH_WAIT_QUIET  seconds to wait at most for an idle machine, at the start
#                   and before each repeat (default 120)
#   LLMGATE_BIN     binary under test (default build/llmgate; a copy is measured)
#   BENCH_REVISION  how the report names that binary (default: git describe)
#   BENCH_KEEP      1: keep the temp dir (configs, logs, raw wrk output)
#
# Layout (2 cores): the proxy under test (nginx proxy or llmgate) runs alone
# on core 0; the upstream nginx, wrk, curl and node run on core 1. All
# traffic stays on 127.0.0.1. Everything started here is stopped on exit.
# Results: a Markdown report on stdout and in bench/results/latest.md;
# progress on stderr.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${BENCH_DURATION:-10}
CONNS=${BENCH_CONNS:-"64 256"}
IDLE_N=${BENCH_IDLE:-10000}
STARTS=${BENCH_STARTS:-20}
TTFB_N=${BENCH_TTFB_N:-200}
DO_PERF=${BENCH_PERF:-1}
NGX_KEEPALIVE=${BENCH_NGINX_KEEPALIVE:-256}
RETRIES=${BENCH_RETRIES:-3}
ROUNDS=${BENCH_ROUNDS:-3}
WAIT_QUIET=${BENCH_WAIT_QUIET:-120}
BIN=${LLMGATE_BIN:-$ROOT/build/llmgate}
KEY=sk-bench-master-key
WARMUP=2

BENCH_TAG=bench
# shared helpers (bench_setup, stop_pid, wait_ready, cpu_ticks, wait_quiet...)
. "$ROOT/bench/lib.sh"
bench_setup

trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nobody listens on, starting at a random point of 20000-29999.
USED_PORTS=" "
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
# Busy ticks (user, nice, system, irq, softirq, steal) of one core.
core_busy() {
  local f
  while read -r -a f; do
    if [ "${f[0]}" = "cpu$1" ]; then
      echo $((f[1] + f[2] + f[3] + f[6] + f[7] + f[8]))
      return
    fi
  done </proc/stat
  echo 0
}
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

wait_quiet
BUSY_START=$BUSY

UPORT=$(free_port)
PPORT=$(free_port)  # nginx proxy, access log on
PQPORT=$(free_port) # nginx proxy, access log off
PKPORT=$(free_port) # nginx proxy, access log on, upstream keepalive 64
GPORT=$(free_port)  # llmgate

# ---------------------------------------------------------------- upstream
# A realistic chat.completion and a streamed answer of the same text. No
# single quotes or dollar signs: both go into nginx single-quoted strings.
CREATED=1741570283
COMPLETION='{"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion","created":'$CREATED',"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"Hello! It is nice to meet you. How can I help you today? Ask me anything, from code to cooking, and I will do my best to give you a clear and useful answer.","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":24,"completion_tokens":38,"total_tokens":62,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default","system_fingerprint":"fp_06737a9306"}'
chunk() { # delta finish_reason
  printf 'data: {"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion.chunk","created":%s,"model":"gpt-4o-mini","system_fingerprint":"fp_06737a9306","choices":[{"index":0,"delta":%s,"logprobs":null,"finish_reason":%s}]}\\n\\n' "$CREATED" "$1" "$2"
}
SSE=$(chunk '{"role":"assistant","content":"","refusal":null}' null)
for w in Hello! ' Nice' ' to' ' meet' ' you.' ' How' ' can' ' I' ' help?'; do
  SSE+=$(chunk '{"content":"'"$w"'"}' null)
done
SSE+=$(chunk '{}' '"stop"')
SSE+='data: {"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion.chunk","created":'$CREATED',"model":"gpt-4o-mini","system_fingerprint":"fp_06737a9306","choices":[],"usage":{"prompt_tokens":24,"completion_tokens":12,"total_tokens":36}}\n\ndata: [DONE]\n\n'

# nginx reads one configuration token into a 4 KB buffer.
[ ${#SSE} -lt 4000 ] || die "the SSE body is ${#SSE} bytes; nginx takes at most 4 KB per string"

nginx_common() { # name
  cat <<EOF
worker_processes 1;
pid $TMP/$1.pid;
error_log $TMP/$1-error.log warn;
events { worker_connections 16384; }
http {
    client_body_temp_path $TMP/$1-tmp/body;
    proxy_temp_path $TMP/$1-tmp/proxy;
    fastcgi_temp_path $TMP/$1-tmp/fastcgi;
    uwsgi_temp_path $TMP/$1-tmp/uwsgi;
    scgi_temp_path $TMP/$1-tmp/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
EOF
}

{
  nginx_common upstream
  cat <<EOF
    access_log off;
    server {
        listen 127.0.0.1:$UPORT backlog=4096;
        location = /v1/chat/completions {
            default_type application/json;
            return 200 '$COMPLETION';
        }
        location = /v1/stream/chat/completions {
            default_type text/event-stream;
            add_header Cache-Control no-cache;
            return 200 '$SSE';
        }
    }
}
EOF
} >"$TMP/upstream.conf"

# ------------------------------------------------------------ nginx proxy
{
  nginx_common proxy
  cat <<EOF
    upstream u {
        server 127.0.0.1:$UPORT;
        keepalive $NGX_KEEPALIVE;
    }
    upstream u64 {
        server 127.0.0.1:$UPORT;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$PPORT backlog=4096;
        access_log $TMP/proxy-access.log;
        location / {
            proxy_pass http://u;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
    server {
        listen 127.0.0.1:$PQPORT backlog=4096;
        access_log off;
        location / {
            proxy_pass http://u;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
    server {
        listen 127.0.0.1:$PKPORT backlog=4096;
        access_log $TMP/proxy-access.log;
        location / {
            proxy_pass http://u64;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
EOF
} >"$TMP/proxy.conf"

# ---------------------------------------------------------------- llmgate
cat >"$TMP/llmgate.yaml" <<EOF
model_list:
  - model_name: bench-model
    litellm_params:
      model: openai/bench-model
      api_base: http://127.0.0.1:$UPORT/v1
      api_key: sk-bench-upstream
  - model_name: bench-stream
    litellm_params:
      model: openai/bench-model
      api_base: http://127.0.0.1:$UPORT/v1/stream
      api_key: sk-bench-upstream
general_settings:
  master_key: $KEY
EOF
"$BIN" check --config "$TMP/llmgate.yaml" >&2 || die "llmgate rejects the generated config"

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
NOFILE=$(ulimit -n)

start_nginx() { # name cpu port -> sets NGX_MASTER, NGX_WORKER
  local name=$1 cpu=$2 port=$3 i
  mkdir -p "$TMP/$name-tmp"
  taskset -c "$cpu" nginx -p "$TMP/" -e "$TMP/$name-error.log" -c "$TMP/$name.conf" \
    -g 'daemon off;' 2>>"$TMP/$name-stderr.log" &
  NGX_MASTER=$!
  PIDS+=("$NGX_MASTER")
  wait_ready "$port" /v1/chat/completions "$NGX_MASTER" "$TMP/$name-error.log"
  NGX_WORKER=""
  for ((i = 0; i < 100; i++)); do
    NGX_WORKER=$(pgrep -P "$NGX_MASTER" | head -1 || true)
    [ -n "$NGX_WORKER" ] && break
    sleep 0.05
  done
  [ -n "$NGX_WORKER" ] || die "nginx $name did not start: $(tail -5 "$TMP/$name-error.log")"
}

GW_PID=""
start_llmgate() { # extra flags...
  taskset -c "$PROXY_CPU" "$BIN" --config "$TMP/llmgate.yaml" --host 127.0.0.1 --port "$GPORT" \
    --workers 1 "$@" 2>>"$TMP/llmgate.log" &
  GW_PID=$!
  PIDS+=("$GW_PID")
  wait_ready "$GPORT" /health/liveliness "$GW_PID" "$TMP/llmgate.log"
}

log "temp dir $TMP; ports upstream $UPORT, nginx proxy $PPORT/$PQPORT/$PKPORT, llmgate $GPORT; nofile $NOFILE"
start_nginx upstream "$LOAD_CPU" "$UPORT"
UP_WORKER=$NGX_WORKER
start_nginx proxy "$PROXY_CPU" "$PPORT"
PX_WORKER=$NGX_WORKER
start_llmgate
sleep 0.2
GW_IDLE_RSS=$(rss_kb "$GW_PID")

# ------------------------------------------------------------ sanity
CHAT_BODY='{"model":"bench-model","messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"Say hello in one short sentence."}],"temperature":0.2,"max_tokens":32}'
STREAM_BODY='{"model":"bench-stream","stream":true,"messages":[{"role":"user","content":"Say hello in one short sentence."}],"max_tokens":32}'
post() { # url body
  curl -sS -o "$TMP/answer" -w '%{http_code}' -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' -d "$2" "$1"
}
for url in "http://127.0.0.1:$UPORT/v1/chat/completions" "http://127.0.0.1:$PPORT/v1/chat/completions" \
  "http://127.0.0.1:$PQPORT/v1/chat/completions" "http://127.0.0.1:$PKPORT/v1/chat/completions" \
  "http://127.0.0.1:$GPORT/v1/chat/completions"; do
  code=$(post "$url" "$CHAT_BODY")
  if [ "$code" != 200 ] || ! grep -q '"object":"chat.completion"' "$TMP/answer"; then
    die "$url answered $code: $(head -c 300 "$TMP/answer")"
  fi
done
code=$(post "http://127.0.0.1:$GPORT/v1/chat/completions" "$STREAM_BODY")
if [ "$code" != 200 ] || ! grep -q 'data: \[DONE\]' "$TMP/answer" ||
  [ "$(grep -c '"content"' "$TMP/answer")" -lt 9 ]; then
  die "llmgate stream answered $code: $(head -c 300 "$TMP/answer")"
fi
cp "$TMP/answer" "$TMP/stream-sample.txt"
log "sanity: all targets answer 200"

# ------------------------------------------------------------ load runs
declare -A RPS P50 P99 CPU UTIL REQS ERRS RSS_AFTER NOISE
ANOMALIES=()

# Noise meter: the CPU that anything but the benchmark used on the given
# cores, in % of one core. "The benchmark" is the upstream, the proxies and
# llmgate, this shell with the children it has reaped (wrk, curl), and the
# kernel's softirq threads (they carry the benchmark's own packets).
KSOFTIRQ=$(pgrep '^ksoftirqd/' | tr '\n' ' ' || true)
ours_ticks() {
  local p t pids
  t=$(shell_ticks)
  read -r -a pids <<<"$UP_WORKER ${PX_WORKER:-} ${GW_PID:-} $KSOFTIRQ"
  for p in "${pids[@]}"; do
    if [ -r "/proc/$p/stat" ]; then
      t=$((t + $(cpu_ticks "$p")))
    fi
  done
  echo "$t"
}
# run_wrk key label port conns duration cpu_pid: one wrk run, measured.
# A run during which other processes used 10% of a core or more is repeated
# (BENCH_RETRIES times, each once the machine is idle again); the least
# disturbed attempt is kept.
run_wrk() {
  local key=$1 label=$2 port=$3 conns=$4 attempt best=""
  local b_rps b_p50 b_p99 b_reqs b_cpu b_util b_errs b_noise
  for ((attempt = 0; attempt <= RETRIES; attempt++)); do
    wrk_once "$@"
    [ "$key" = warm ] && return 0
    if [ -z "$best" ] || [ "${NOISE[$key]}" -lt "$b_noise" ]; then
      best=$attempt b_rps=${RPS[$key]} b_p50=${P50[$key]} b_p99=${P99[$key]} b_reqs=${REQS[$key]}
      b_cpu=${CPU[$key]} b_util=${UTIL[$key]} b_errs=${ERRS[$key]} b_noise=${NOISE[$key]}
      cp "$TMP/wrk-$key.txt" "$TMP/wrk-$key.best.txt"
    fi
    [ "$b_noise" -ge 10 ] || break
    if [ "$attempt" -lt "$RETRIES" ]; then
      log "other processes used ${NOISE[$key]}% of a core during $label c=$conns: again once the machine is idle"
      wait_quiet
    fi
  done
  RPS[$key]=$b_rps P50[$key]=$b_p50 P99[$key]=$b_p99 REQS[$key]=$b_reqs
  CPU[$key]=$b_cpu UTIL[$key]=$b_util ERRS[$key]=$b_errs NOISE[$key]=$b_noise
  mv "$TMP/wrk-$key.best.txt" "$TMP/wrk-$key.txt"
  if [ "$b_noise" -ge 10 ]; then
    ANOMALIES+=("$label c=$conns: other processes used $b_noise% of a core during the least disturbed of $((RETRIES + 1)) attempts; its numbers are disturbed")
  fi
}

wrk_once() {
  local key=$1 label=$2 port=$3 conns=$4 dur=$5 pid=$6
  local out="$TMP/wrk-$key.txt" t0 t1 reqs non2xx sockerr
  log "wrk $label c=$conns ${dur}s"
  # The direct runs use only the load core.
  if [ "$pid" = "$UP_WORKER" ]; then
    noise_start "$LOAD_CPU"
  else
    noise_start "$PROXY_CPU" "$LOAD_CPU"
  fi
  t0=$(cpu_ticks "$pid")
  BENCH_KEY=$KEY taskset -c "$LOAD_CPU" wrk -t1 -c "$conns" -d "${dur}s" --latency \
    -s "$ROOT/bench/chat.lua" "http://127.0.0.1:$port/v1/chat/completions" >"$out" 2>&1 || true
  t1=$(cpu_ticks "$pid")
  NOISE[$key]=$(noise_end)
  reqs=$(awk '/requests in/ {print $1; exit}' "$out")
  if [ -z "$reqs" ] || [ "$reqs" -le 0 ]; then
    cat "$out" >&2
    die "wrk $label c=$conns: no requests"
  fi
  RPS[$key]=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")
  P50[$key]=$(to_us "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$key]=$(to_us "$(awk '$1 == "99%" {print $2}' "$out")")
  REQS[$key]=$reqs
  CPU[$key]=$(awk -v d=$((t1 - t0)) -v hz="$CLK_TCK" -v n="$reqs" 'BEGIN {printf "%.2f", d * 1e6 / hz / n}')
  UTIL[$key]=$(awk -v d=$((t1 - t0)) -v hz="$CLK_TCK" -v s="$dur" 'BEGIN {printf "%.0f", d / hz / s * 100}')
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  sockerr=$(awk -F'Socket errors: ' '/Socket errors:/ {print $2}' "$out")
  ERRS[$key]=${non2xx:-0}
  if [ -n "$sockerr" ]; then
    ERRS[$key]+=" (socket: $sockerr)"
  fi
  if [ -n "$non2xx" ] || [ -n "$sockerr" ]; then
    ANOMALIES+=("$label c=$conns: non-2xx ${non2xx:-0}, socket errors: ${sockerr:-none}")
  fi
}

# Each measure of a key becomes its median over the rounds; the disturbance
# shown is the worst round's, an error count the first that is not 0.
settle() { # key
  local k=$1 r
  RPS[$k]=$(median_of RPS "$k") P50[$k]=$(median_of P50 "$k") P99[$k]=$(median_of P99 "$k")
  REQS[$k]=$(median_of REQS "$k") CPU[$k]=$(median_of CPU "$k") UTIL[$k]=$(median_of UTIL "$k")
  NOISE[$k]=0 ERRS[$k]=0
  for ((r = 1; r <= ROUNDS; r++)); do
    [ "${NOISE[${k}_r$r]}" -gt "${NOISE[$k]}" ] && NOISE[$k]=${NOISE[${k}_r$r]}
    [ "${ERRS[$k]}" = 0 ] && ERRS[$k]=${ERRS[${k}_r$r]}
  done
  cp "$TMP/wrk-${k}_r1.txt" "$TMP/wrk-$k.txt"
}

# The "_" in keys separates target and connection count. Rounds take turns
# between the targets, so that a slow minute of the machine falls on all of
# them, and each measure is the median of its rounds.
for c in $CONNS; do
  for ((round = 1; round <= ROUNDS; round++)); do
  for t in upstream nginx nginx64 llmgate; do
    case $t in
      upstream) port=$UPORT pid=$UP_WORKER label="upstream (direct)" ;;
      nginx) port=$PPORT pid=$PX_WORKER label="nginx proxy" ;;
      nginx64)
        # Only where it differs: more connections than 64 kept upstream.
        if [ "$c" -le 64 ] || [ "$NGX_KEEPALIVE" = 64 ]; then continue; fi
        port=$PKPORT pid=$PX_WORKER label="nginx proxy keepalive 64"
        ;;
      llmgate) port=$GPORT pid=$GW_PID label="llmgate" ;;
    esac
    [ "$round" = 1 ] && run_wrk "warm" "$label (warm-up)" "$port" "$c" "$WARMUP" "$pid"
    run_wrk "${t}_${c}_r$round" "$label (round $round)" "$port" "$c" "$DURATION" "$pid"
    if [ "$t" = llmgate ]; then
      kill -0 "$GW_PID" 2>/dev/null || die "llmgate died under load (c=$c); log: $(tail -5 "$TMP/llmgate.log")"
      RSS_AFTER[$c]=$(rss_kb "$GW_PID")
    fi
  done
  done
  for t in upstream nginx nginx64 llmgate; do
    [ -n "${RPS[${t}_${c}_r1]:-}" ] && settle "${t}_$c"
  done
done
GW_HWM=$(hwm_kb "$GW_PID")


# ------------------------------------------------------------ time to first byte
percentile() { # file p: nearest-rank percentile of one column of numbers
  sort -n "$1" | awk -v p="$2" '{v[NR] = $1} END {
    r = int(NR * p / 100); if (r < NR * p / 100) r++; if (r < 1) r = 1; print v[r] }'
}
s_to_us() { awk -v s="$1" 'BEGIN {printf "%.0f", s * 1e6}'; }

# Sequential requests, each on a new connection, taking turns: directly to
# the upstream, through the nginx proxy, through llmgate. curl's
# time_starttransfer (first byte) and time_total, in seconds. The nginx proxy
# shows what the extra hop itself costs on this machine (cross-core wake-ups).
curl_time() { # url body out
  taskset -c "$LOAD_CPU" curl -s -o /dev/null -w '%{time_starttransfer} %{time_total} %{http_code}\n' \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d "$2" "$1" >>"$3"
}
ttfb_round() {
  local i
  for ((i = 0; i < TTFB_N; i++)); do
    curl_time "http://127.0.0.1:$UPORT/v1/stream/chat/completions" "$STREAM_BODY" "$TMP/ttfb-direct-stream"
    curl_time "http://127.0.0.1:$PQPORT/v1/stream/chat/completions" "$STREAM_BODY" "$TMP/ttfb-nginx-stream"
    curl_time "http://127.0.0.1:$GPORT/v1/chat/completions" "$STREAM_BODY" "$TMP/ttfb-llmgate-stream"
    curl_time "http://127.0.0.1:$UPORT/v1/chat/completions" "$CHAT_BODY" "$TMP/ttfb-direct-whole"
    curl_time "http://127.0.0.1:$PQPORT/v1/chat/completions" "$CHAT_BODY" "$TMP/ttfb-nginx-whole"
    curl_time "http://127.0.0.1:$GPORT/v1/chat/completions" "$CHAT_BODY" "$TMP/ttfb-llmgate-whole"
  done
}
for ((attempt = 0; attempt <= RETRIES; attempt++)); do
  wait_quiet
  log "time to first byte: $TTFB_N x 3 streamed, $TTFB_N x 3 whole"
  rm -f "$TMP"/ttfb-*
  LOG_MARK=$(wc -l <"$TMP/llmgate.log")
  noise_start "$PROXY_CPU" "$LOAD_CPU"
  ttfb_round
  TTFB_NOISE=$(noise_end)
  [ "$TTFB_NOISE" -ge 10 ] || break
  log "other processes used $TTFB_NOISE% of a core during the time-to-first-byte requests"
done
if [ "$TTFB_NOISE" -ge 10 ]; then
  ANOMALIES+=("time to first byte: other processes used $TTFB_NOISE% of a core during the last of $((RETRIES + 1)) attempts; its numbers are disturbed")
fi
declare -A TT
for f in direct-stream nginx-stream llmgate-stream direct-whole nginx-whole llmgate-whole; do
  bad=$(awk '$3 != 200' "$TMP/ttfb-$f" | wc -l)
  [ "$bad" -eq 0 ] || ANOMALIES+=("TTFB $f: $bad requests without a 200 answer")
  awk '{print $1}' "$TMP/ttfb-$f" >"$TMP/col1"
  awk '{print $2}' "$TMP/ttfb-$f" >"$TMP/col2"
  TT[$f-first-50]=$(s_to_us "$(percentile "$TMP/col1" 50)")
  TT[$f-first-99]=$(s_to_us "$(percentile "$TMP/col1" 99)")
  TT[$f-total-50]=$(s_to_us "$(percentile "$TMP/col2" 50)")
  TT[$f-total-99]=$(s_to_us "$(percentile "$TMP/col2" 99)")
done
# llmgate's own account of those requests: overhead_us = total minus the
# upstream transfer, from its request log.
for st in true false; do
  tail -n +"$((LOG_MARK + 1))" "$TMP/llmgate.log" | grep '"status":200' | grep "\"stream\":$st" |
    grep -o '"overhead_us":[0-9]*' | cut -d: -f2 >"$TMP/col1" || true
  if [ -s "$TMP/col1" ]; then
    TT[own-$st-50]=$(percentile "$TMP/col1" 50)
    TT[own-$st-99]=$(percentile "$TMP/col1" 99)
  else
    TT[own-$st-50]=n/a
    TT[own-$st-99]=n/a
  fi
done

# ------------------------------------------------------------ profile
PERF_TOP=""
PERF_DSO=""
PERF_INCL=""
if [ "$DO_PERF" = 1 ] && command -v perf >/dev/null && perf --version >/dev/null 2>&1; then
  # DWARF unwinding: the distribution's libraries have no frame pointers.
  log "perf record --call-graph dwarf on llmgate during wrk c=64 ${DURATION}s"
  taskset -c "$LOAD_CPU" perf record -F 499 --call-graph dwarf,16384 -p "$GW_PID" -o "$TMP/perf.data" -- sleep "$DURATION" \
    >/dev/null 2>"$TMP/perf-record.log" &
  PERF_PID=$!
  PIDS+=("$PERF_PID")
  sleep 0.3
  wrk_once "perf" "llmgate (under perf)" "$GPORT" 64 "$((DURATION > 2 ? DURATION - 1 : 1))" "$GW_PID"
  wait "$PERF_PID" || true
  forget_pid "$PERF_PID"
  mkdir -p "$ROOT/bench/results"
  perf report -i "$TMP/perf.data" --stdio --no-children --sort dso,symbol -F overhead,dso,sym -g none --percent-limit 0.3 \
    2>/dev/null >"$ROOT/bench/results/perf-self.txt" || true
  perf report -i "$TMP/perf.data" --stdio --no-children --sort dso -F overhead,dso -g none \
    2>/dev/null >"$ROOT/bench/results/perf-dso.txt" || true
  perf report -i "$TMP/perf.data" --stdio --children --sort dso,symbol -g none --percent-limit 0.5 \
    2>/dev/null >"$ROOT/bench/results/perf-inclusive.txt" || true
  perf report -i "$TMP/perf.data" --stdio --children --sort symbol -g caller,0.5,callee,function,percent \
    --percent-limit 2 2>/dev/null >"$ROOT/bench/results/perf-callgraph.txt" || true
  # Inclusive shares of the named user-space functions (llmgate's own and the
  # libraries' entry points), without the frames every sample shares.
  PERF_INCL=$(grep -E '^ +[0-9.]+%' "$ROOT/bench/results/perf-inclusive.txt" | grep -v 'kernel' |
    grep -Ev '\] (0x[0-9a-f]+|clone3|start_thread|uv_run|worker_main|uv__io_poll|uv__run_timers)( |$)' |
    sort -rn | head -25 | awk '{pct = $1; self = $2; dso = $3; $1 = ""; $2 = ""; $3 = ""; $4 = ""
      sub(/^ +/, ""); sub(/[ -]+$/, ""); printf "| %s | %s | %s | `%s` |\n", pct, self, dso, $0}')
  PERF_TOP=$(grep -E '^ +[0-9.]+%' "$ROOT/bench/results/perf-self.txt" | sort -rn | head -15 |
    awk '{pct = $1; dso = $2; $1 = ""; $2 = ""; $3 = ""; sub(/^ +/, ""); sub(/[ -]+$/, "")
      printf "| %s | %s | `%s` |\n", pct, dso, $0}')
  PERF_DSO=$(grep -E '^ +[0-9.]+%' "$ROOT/bench/results/perf-dso.txt" | sort -rn | head -8 |
    awk '{printf "| %s | %s |\n", $1, $2}')
fi

# System calls per request of the nginx proxy worker and of llmgate (perf
# stat on the syscall tracepoints, c=64, half a run each).
SYSCALLS=""
sc_count() { # key pid port: counts into $TMP/sc-key.txt, requests into SCREQ[key]
  local key=$1 pid=$2 port=$3 ev="" sc
  for sc in poll ppoll epoll_ctl epoll_wait epoll_pwait read readv recvfrom recvmsg write writev \
    sendto sendmsg ioctl getrandom accept4 close setsockopt getsockopt futex brk mmap munmap madvise; do
    [ -d "/sys/kernel/tracing/events/syscalls/sys_enter_$sc" ] && ev+="syscalls:sys_enter_$sc,"
  done
  perf stat -e "${ev}raw_syscalls:sys_enter" -p "$pid" -o "$TMP/sc-$key.txt" -- sleep "$SC_DUR" &
  SC_PID=$!
  PIDS+=("$SC_PID")
  sleep 0.1
  BENCH_KEY=$KEY taskset -c "$LOAD_CPU" wrk -t1 -c 64 -d "$((SC_DUR > 1 ? SC_DUR - 1 : 1))s" \
    -s "$ROOT/bench/chat.lua" "http://127.0.0.1:$port/v1/chat/completions" >"$TMP/sc-$key.wrk" 2>&1 || true
  wait "$SC_PID" || true
  forget_pid "$SC_PID"
  SCREQ[$key]=$(awk '/requests in/ {print $1; exit}' "$TMP/sc-$key.wrk")
}
declare -A SCREQ
if [ "$DO_PERF" = 1 ] && command -v perf >/dev/null && [ -d /sys/kernel/tracing/events/raw_syscalls ]; then
  SC_DUR=$((DURATION > 4 ? DURATION / 2 : 2))
  log "system calls per request (perf stat), nginx proxy and llmgate, c=64"
  sc_count nginx "$PX_WORKER" "$PPORT"
  sc_count llmgate "$GW_PID" "$GPORT"
  # Requests that wrk completed in a window a little shorter than perf's: the
  # counts per request are upper bounds by a few percent.
  SYSCALLS=$(awk -v rn="${SCREQ[nginx]:-0}" -v rg="${SCREQ[llmgate]:-0}" '
    FNR == 1 {f++}
    /sys_enter/ {gsub(",", "", $1); n = $2; sub(/^.*sys_enter_?/, "", n); if (n == "") n = "all"
      if (!(n in seen)) {seen[n] = 1; order[++k] = n}
      if (f == 1) a[n] = $1; else b[n] = $1}
    END {for (i = 1; i <= k; i++) {n = order[i]; x = rn ? a[n] / rn : 0; y = rg ? b[n] / rg : 0
      if (x >= 0.005 || y >= 0.005) printf "| %s | %.2f | %.2f |\n", (n == "all" ? "**all**" : "`" n "`"), x, y}}' \
    "$TMP/sc-nginx.txt" "$TMP/sc-llmgate.txt" 2>/dev/null || true)
fi

RSS_END=$(rss_kb "$GW_PID")
stop_pid "$GW_PID"

# ------------------------------------------------------------ request logging off
log "request logging off: nginx access_log off, llmgate --quiet"
start_llmgate --quiet
for c in $CONNS; do
  run_wrk "warm" "nginx proxy quiet (warm-up)" "$PQPORT" "$c" "$WARMUP" "$PX_WORKER"
  run_wrk "warm" "llmgate quiet (warm-up)" "$GPORT" "$c" "$WARMUP" "$GW_PID"
  for ((round = 1; round <= ROUNDS; round++)); do
    run_wrk "nginxq_${c}_r$round" "nginx proxy, access_log off (round $round)" "$PQPORT" "$c" \
      "$DURATION" "$PX_WORKER"
    run_wrk "llmgateq_${c}_r$round" "llmgate --quiet (round $round)" "$GPORT" "$c" "$DURATION" "$GW_PID"
  done
  settle "nginxq_$c"
  settle "llmgateq_$c"
done
kill -0 "$GW_PID" 2>/dev/null || die "llmgate --quiet died under load"
stop_pid "$GW_PID"

# ------------------------------------------------------------ start to ready
# From just before the fork until /health/liveliness answers 200, probing in
# a tight loop with /dev/tcp (no process per attempt). The floor of the method
# is the fork+exec+wait of a trivial binary through taskset plus one probe.
start_round() {
  local n i ok t0 t1
  : >"$TMP/starts"
  : >"$TMP/startup-internal"
  for ((n = 0; n < STARTS; n++)); do
    : >"$TMP/start.log"
    t0=$(now_us)
    taskset -c "$PROXY_CPU" "$BIN" --config "$TMP/llmgate.yaml" --host 127.0.0.1 --port "$GPORT" \
      --workers 1 --quiet 2>"$TMP/start.log" &
    GW_PID=$!
    PIDS+=("$GW_PID")
    ok=0
    for ((i = 0; i < 200000; i++)); do
      if probe "$GPORT" /health/liveliness; then ok=1; break; fi
      [ $(($(now_us) - t0)) -lt 5000000 ] || break
    done
    t1=$(now_us)
    [ "$ok" = 1 ] || die "llmgate did not become ready within 5 s"
    echo $((t1 - t0)) >>"$TMP/starts"
    stop_pid "$GW_PID"
    grep -o '"startup_us":[0-9]*' "$TMP/start.log" | cut -d: -f2 >>"$TMP/startup-internal" || true
  done
  GW_PID=""
}
for ((attempt = 0; attempt <= RETRIES; attempt++)); do
  wait_quiet
  log "start to ready, $STARTS starts"
  noise_start "$PROXY_CPU" "$LOAD_CPU"
  start_round
  START_NOISE=$(noise_end)
  [ "$START_NOISE" -ge 10 ] || break
  log "other processes used $START_NOISE% of a core during the starts"
done
if [ "$START_NOISE" -ge 10 ]; then
  ANOMALIES+=("start to ready: other processes used $START_NOISE% of a core during the last of $((RETRIES + 1)) attempts; its numbers are disturbed")
fi
: >"$TMP/floor-spawn"
: >"$TMP/floor-probe"
for ((n = 0; n < STARTS; n++)); do
  t0=$(now_us)
  taskset -c "$PROXY_CPU" true &
  wait $!
  t1=$(now_us)
  echo $((t1 - t0)) >>"$TMP/floor-spawn"
  t0=$(now_us)
  probe "$UPORT" /v1/chat/completions || true
  t1=$(now_us)
  echo $((t1 - t0)) >>"$TMP/floor-probe"
done
ST50=$(percentile "$TMP/starts" 50)
ST95=$(percentile "$TMP/starts" 95)
STMAX=$(percentile "$TMP/starts" 100)
STMIN=$(sort -n "$TMP/starts" | head -1)
STI50=$(percentile "$TMP/startup-internal" 50)
FLOOR_SPAWN=$(percentile "$TMP/floor-spawn" 50)
FLOOR_PROBE=$(percentile "$TMP/floor-probe" 50)

# ------------------------------------------------------------ idle connections
log "$IDLE_N idle keep-alive connections"
start_llmgate --quiet
sleep 0.2
CONN_BASE=$(rss_kb "$GW_PID")
taskset -c "$LOAD_CPU" node "$ROOT/bench/conns.mjs" "$GPORT" "$IDLE_N" 127.0.0.1 256 300 >"$TMP/conns.out" 2>&1 &
NODE_PID=$!
PIDS+=("$NODE_PID")

for ((i = 0; i < 1200; i++)); do
  grep -q '^ready' "$TMP/conns.out" && break
  kill -0 "$NODE_PID" 2>/dev/null || break
  sleep 0.05
done
CONNS_LINE=$(grep -m1 '^ready' "$TMP/conns.out" || echo "not ready: $(head -c 300 "$TMP/conns.out")")
sleep 1
CONN_RSS=$(rss_kb "$GW_PID")
CONN_HWM=$(hwm_kb "$GW_PID")
CONN_OPEN=$(ss -tnH state established "( sport = :$GPORT )" | wc -l)
stop_pid "$NODE_PID"
sleep 0.5
CONN_AFTER=$(rss_kb "$GW_PID")
kill -0 "$GW_PID" 2>/dev/null || ANOMALIES+=("llmgate died during the idle-connection test")
stop_pid "$GW_PID"
[[ $CONNS_LINE == *"failed=0 "* ]] || ANOMALIES+=("idle connections: $CONNS_LINE")

# Failed requests in llmgate's own log (status >= 400), over every instance.
# 499 is wrk closing its connections at the end of a run with requests in
# flight (at most the connection count per run): expected, counted apart.
GW_499=$(grep -c '"status":499' "$TMP/llmgate.log" || true)
GW_LOG_ERRS=$(grep '"status":[45][0-9][0-9]' "$TMP/llmgate.log" | grep -vc '"status":499' || true)
if [ "${GW_LOG_ERRS:-0}" -gt 0 ]; then
  ANOMALIES+=("llmgate logged $GW_LOG_ERRS failed requests (other than 499), e.g. $(grep '"status":[45][0-9][0-9]' "$TMP/llmgate.log" | grep -m1 -v '"status":499')")
fi
if grep '"level":"error"' "$TMP/llmgate.log" | grep -qv '"status":499'; then
  ANOMALIES+=("llmgate error lines: $(grep -c '"level":"error"' "$TMP/llmgate.log"), e.g. $(grep -m1 '"level":"error"' "$TMP/llmgate.log")")
fi

# ------------------------------------------------------------ report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
verdict() { # value op limit
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    ok = (op == "<=") ? v <= l : (op == ">=") ? v >= l : (op == "<") ? v < l : v > l
    print ok ? "met" : "**not met**" }'
}
report() {
  local c t k
  echo "## llmgate benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$NCPU cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(awk -F= '$1 == "PRETTY_NAME" {gsub(/"/, "", $2); print $2}' /etc/os-release),"
  echo "$("$BIN" --version) ($REVISION), nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), wrk -t1, ${DURATION} s per run, median of ${ROUNDS} rounds taking turns between targets."
  echo "Proxy under test on core $PROXY_CPU; upstream nginx and wrk on core $LOAD_CPU."
  echo
  echo "### Non-streaming POST /v1/chat/completions (request logging on: nginx access_log to a file, llmgate's JSON line to a file)"
  echo
  echo "| target | conns | requests | req/s | p50 ms | p99 ms | CPU µs/req | CPU use | non-2xx | others |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in $CONNS; do
    for t in upstream nginx nginx64 llmgate nginxq llmgateq; do
      k=${t}_$c
      [ -n "${RPS[$k]:-}" ] || continue
      case $t in
        upstream) name="upstream direct (nginx return)" ;;
        nginx) name="nginx proxy" ;;
        nginx64) name="nginx proxy, upstream keepalive 64" ;;
        llmgate) name="llmgate" ;;
        nginxq) name="nginx proxy, access_log off" ;;
        llmgateq) name="llmgate --quiet" ;;
      esac
      echo "| $name | $c | ${REQS[$k]} | ${RPS[$k]} | $(ms "${P50[$k]}") | $(ms "${P99[$k]}") | ${CPU[$k]} | ${UTIL[$k]}% | ${ERRS[$k]} | ${NOISE[$k]}% |"
    done
  done
  echo
  echo "CPU µs/req is utime+stime of the process under test (the nginx worker, or all of llmgate)"
  echo "over the run divided by the requests wrk completed; for the direct row it is the upstream's"
  echo "own worker. CPU use is that process's share of one core during the run. Others is the CPU"
  echo "that processes not started by the benchmark used meanwhile on the cores the run used, in % of"
  echo "one core; a run at 10% or more is repeated once the machine is idle, and the least disturbed"
  echo "attempt is kept."
  echo "The nginx proxy keeps $NGX_KEEPALIVE idle upstream connections; with keepalive 64 and more"
  echo "client connections than that it closes and reopens upstream connections all the time."
  echo
  echo "### llmgate against the nginx proxy"
  echo
  echo "| logging | conns | throughput llmgate/nginx (target ≥ 0.8) | p99 llmgate/nginx (≤ 1.25) | CPU/req llmgate/nginx (≤ 1.25) |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for pair in "on:nginx:llmgate" "off:nginxq:llmgateq"; do
    IFS=: read -r lg nk gk <<<"$pair"
    for c in $CONNS; do
      local n=${nk}_$c g=${gk}_$c tr pr cr
      [ -n "${RPS[$g]:-}" ] || continue
      tr=$(ratio "${RPS[$g]}" "${RPS[$n]}")
      pr=$(ratio "${P99[$g]}" "${P99[$n]}")
      cr=$(ratio "${CPU[$g]}" "${CPU[$n]}")
      echo "| $lg | $c | $tr ($(verdict "$tr" '>=' 0.8)) | $pr ($(verdict "$pr" '<=' 1.25)) | $cr ($(verdict "$cr" '<=' 1.25)) |"
    done
  done
  echo
  echo "### Memory and start-up (llmgate --workers 1)"
  echo
  echo "| measure | value | target |"
  echo "| --- | ---: | --- |"
  echo "| RSS idle, just after start | $(mb "$GW_IDLE_RSS") MB | < 20 MB: $(verdict "$GW_IDLE_RSS" '<' 20480) |"
  for c in $CONNS; do
    echo "| RSS after the c=$c run | $(mb "${RSS_AFTER[$c]}") MB | |"
  done
  echo "| RSS after every load run (incl. profile run) | $(mb "$RSS_END") MB | |"
  echo "| peak RSS under load (VmHWM) | $(mb "$GW_HWM") MB | |"
  echo "| RSS of a fresh instance before the idle test | $(mb "$CONN_BASE") MB | |"
  echo "| RSS with $IDLE_N idle keep-alive connections ($CONN_OPEN established) | $(mb "$CONN_RSS") MB | < 100 MB: $(verdict "$CONN_RSS" '<' 102400) |"
  echo "| per idle connection | $(awk -v a="$CONN_RSS" -v b="$CONN_BASE" -v n="$IDLE_N" 'BEGIN {printf "%.2f", (a - b) / n}') KB | |"
  echo "| RSS after those connections closed | $(mb "$CONN_AFTER") MB (peak $(mb "$CONN_HWM") MB) | |"
  echo "| start to ready, median of $STARTS | $(ms "$ST50") ms | < 50 ms: $(verdict "$ST50" '<' 50000) |"
  echo "| start to ready, p95 / min / max | $(ms "$ST95") / $(ms "$STMIN") / $(ms "$STMAX") ms | |"
  echo "| llmgate's own startup_us (ready log line), median | $(ms "${STI50:-0}") ms | |"
  echo "| method floor: fork+exec+wait of \`taskset true\` / one probe | $(ms "$FLOOR_SPAWN") / $(ms "$FLOOR_PROBE") ms | |"
  echo "| other processes during the starts | $START_NOISE% of a core | |"
  echo
  echo "Idle-connection client: \`$CONNS_LINE\`."
  echo
  echo "### Time to first byte, $TTFB_N sequential curl requests per target (new connection each)"
  echo
  echo "| route | direct p50 | nginx proxy p50 | llmgate p50 | llmgate − direct p50 | llmgate − nginx p50 | direct p99 | nginx p99 | llmgate p99 |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for f in stream whole; do
    for m in first total; do
      local d50=${TT[direct-$f-$m-50]} n50=${TT[nginx-$f-$m-50]} g50=${TT[llmgate-$f-$m-50]}
      local what
      case $f-$m in
        stream-first) what="streamed, first byte" ;;
        stream-total) what="streamed, last byte" ;;
        whole-first) what="whole, first byte" ;;
        whole-total) what="whole, last byte" ;;
      esac
      echo "| $what | $d50 µs | $n50 µs | $g50 µs | $((g50 - d50)) µs | $((g50 - n50)) µs | ${TT[direct-$f-$m-99]} µs | ${TT[nginx-$f-$m-99]} µs | ${TT[llmgate-$f-$m-99]} µs |"
    done
  done
  echo
  echo "llmgate's own overhead (its log's overhead_us: total time minus the upstream transfer) for"
  echo "these requests: streamed p50 ${TT[own-true-50]} µs, p99 ${TT[own-true-99]} µs; whole p50 ${TT[own-false-50]} µs, p99 ${TT[own-false-99]} µs."
  echo "Other processes used $TTFB_NOISE% of a core while these requests ran."
  echo
  local added=$((TT[llmgate-stream-first-50] - TT[direct-stream-first-50]))
  local hop=$((TT[nginx-stream-first-50] - TT[direct-stream-first-50]))
  echo "Streaming through llmgate adds $added µs to the median time to first byte (target < 100 µs:"
  echo "$(verdict "$added" '<' 100)); the nginx proxy hop adds $hop µs on the same machine."
  echo
  if [ -n "$PERF_TOP" ]; then
    echo "### Where llmgate spends CPU under load (perf, c=64, self time)"
    echo
    echo "| share | object | function |"
    echo "| ---: | --- | --- |"
    echo "$PERF_TOP"
    echo
    echo "| share | object |"
    echo "| ---: | --- |"
    echo "$PERF_DSO"
    echo
    echo "Inclusive (the function and everything it calls), user-space functions with a name:"
    echo
    echo "| total | self | object | function |"
    echo "| ---: | ---: | --- | --- |"
    echo "$PERF_INCL"
    echo
    echo "Full reports: bench/results/perf-self.txt, perf-dso.txt, perf-inclusive.txt, perf-callgraph.txt."
    echo
  fi
  if [ -n "$SYSCALLS" ]; then
    echo "### System calls per request (perf stat, c=64, request logging on for both)"
    echo
    echo "| system call | nginx proxy | llmgate |"
    echo "| --- | ---: | ---: |"
    echo "$SYSCALLS"
    echo
  fi
  echo "### Targets"
  echo
  echo "| target | measured | verdict |"
  echo "| --- | --- | --- |"
  for c in $CONNS; do
    local n=nginx_$c g=llmgate_$c v
    v=$(ratio "${CPU[$g]}" "${CPU[$n]}")
    echo "| CPU per request ≤ 1.25 × nginx proxy, c=$c | ${CPU[$g]} vs ${CPU[$n]} µs = ${v}× | $(verdict "$v" '<=' 1.25) |"
    v=$(ratio "${RPS[$g]}" "${RPS[$n]}")
    echo "| throughput ≥ 0.8 × nginx proxy, c=$c | ${RPS[$g]} vs ${RPS[$n]} req/s = ${v}× | $(verdict "$v" '>=' 0.8) |"
    v=$(ratio "${P99[$g]}" "${P99[$n]}")
    echo "| p99 ≤ 1.25 × nginx proxy, c=$c | $(ms "${P99[$g]}") vs $(ms "${P99[$n]}") ms = ${v}× | $(verdict "$v" '<=' 1.25) |"
  done
  echo "| resident idle < 20 MB | $(mb "$GW_IDLE_RSS") MB | $(verdict "$GW_IDLE_RSS" '<' 20480) |"
  echo "| $IDLE_N idle keep-alive connections < 100 MB | $(mb "$CONN_RSS") MB | $(verdict "$CONN_RSS" '<' 102400) |"
  echo "| streaming adds < 100 µs to time to first byte (p50) | $((TT[llmgate-stream-first-50] - TT[direct-stream-first-50])) µs (nginx hop: $((TT[nginx-stream-first-50] - TT[direct-stream-first-50])) µs) | $(verdict "$((TT[llmgate-stream-first-50] - TT[direct-stream-first-50]))" '<' 100) |"
  echo "| start to ready < 50 ms (median of $STARTS) | $(ms "$ST50") ms | $(verdict "$ST50" '<' 50000) |"
  echo
  echo "### Anomalies"
  echo
  if [ ${#ANOMALIES[@]} -eq 0 ]; then
    echo "None: every wrk run completed with only 2xx answers and no socket errors, llmgate"
    echo "logged no failed request and stayed up."
  else
    for k in "${ANOMALIES[@]}"; do echo "- $k"; done
  fi
  echo
  echo "llmgate logged $GW_499 requests with status 499 (client went away): wrk closes its"
  echo "connections at the end of each run with requests in flight. Machine busy before the"
  echo "benchmark: $BUSY_START% of a core; after: $BUSY_END%."
}

BUSY_END=$(machine_busy)
mkdir -p "$ROOT/bench/results"
report | tee "$ROOT/bench/results/latest.md"
