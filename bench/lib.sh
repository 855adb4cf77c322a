# Shell helpers shared by bench/run.sh and bench/guard.sh (sourced, not run):
# processes started and stopped, readiness, CPU ticks from /proc, waiting for a
# quiet machine, wrk latencies. They use the caller's globals (TMP, PIDS,
# WAIT_QUIET, LOAD_CPU, PROXY_CPU...); log() and die() name the caller by
# BENCH_TAG.

log() { printf '[%s] %s\n' "$BENCH_TAG" "$*" >&2; }
die() { printf '[%s] error: %s\n' "$BENCH_TAG" "$*" >&2; exit 1; }

# What both scripts start with: the cores (PROXY_CPU for the proxy under
# test, LOAD_CPU for this shell and everything it starts), the tools, CLK_TCK,
# a temp dir TMP, PIDS, a private copy of the binary (a rebuild during the
# run must not change what is measured) and how the report names it
# (REVISION). Uses BIN and ROOT.
bench_setup() {
  NCPU=$(nproc)
  PROXY_CPU=0
  LOAD_CPU=1
  if [ "$NCPU" -lt 2 ]; then
    LOAD_CPU=0
    echo "warning: fewer than 2 cores; everything shares core 0" >&2
  fi
  for c in nginx wrk curl node taskset ss getconf awk; do
    command -v "$c" >/dev/null || die "$c is missing (apt-get install -y nginx-light wrk curl nodejs)"
  done
  [ -x "$BIN" ] || die "$BIN not found: run ninja -C build first"
  CLK_TCK=$(getconf CLK_TCK)
  taskset -cp "$LOAD_CPU" $$ >/dev/null
  TMP=$(mktemp -d "/tmp/llmgate-$BENCH_TAG.XXXXXX")
  chmod 755 "$TMP" # nginx workers run as nobody
  PIDS=()
  cp "$BIN" "$TMP/llmgate"
  BIN=$TMP/llmgate
  if [ -n "${BENCH_REVISION:-}" ]; then
    REVISION=$BENCH_REVISION
  elif [ -n "${LLMGATE_BIN:-}" ]; then
    REVISION="binary $LLMGATE_BIN"
  else
    REVISION="source $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
  fi
}

# Stops one process we started: SIGTERM, then SIGKILL after 5 s.
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || {
    wait "$pid" 2>/dev/null || true
    forget_pid "$pid"
    return 0
  }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget_pid "$pid"
}

# Drops a reaped process from PIDS, so that cleanup never signals a reused id.
forget_pid() {
  local p keep=()
  for p in "${PIDS[@]}"; do
    [ "$p" = "$1" ] || keep+=("$p")
  done
  PIDS=("${keep[@]}")
}

cleanup() {
  local pid
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do
    stop_pid "$pid"
  done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    log "kept $TMP"
  else
    rm -rf "$TMP"
  fi
}

free_port() {
  local p=$((20000 + RANDOM % 10000)) i
  for ((i = 0; i < 500; i++)); do
    if [[ $USED_PORTS != *" $p "* ]] && [ -z "$(ss -ltnH "sport = :$p")" ]; then
      USED_PORTS+="$p "
      echo "$p"
      return 0
    fi
    p=$((p + 1))
  done
  die "no free port"
}

now_us() { echo "${EPOCHREALTIME/./}"; }

# One HTTP probe with bash's /dev/tcp: no process is started, so a failed
# attempt costs a few microseconds. Succeeds on a 200 answer.
probe() { # port path
  local line=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3 2>/dev/null || true
  IFS= read -r -t 2 line <&3 || true
  exec 3<&-
  [[ $line == "HTTP/1.1 200"* ]]
}

wait_ready() { # port path pid log: at most 10 s
  local i
  for ((i = 0; i < 1000; i++)); do
    probe "$1" "$2" && return 0
    kill -0 "$3" 2>/dev/null || die "process $3 exited before answering on port $1: $(tail -5 "$4")"
    sleep 0.01
  done
  die "nothing answers on port $1"
}

cpu_ticks() { # utime + stime of a whole process (all threads)
  local s
  s=$(<"/proc/$1/stat")
  s=${s##*) }
  # shellcheck disable=SC2086 # split the fields on purpose
  set -- $s
  echo $((${12} + ${13}))
}

# CPU of this shell and of the children it has reaped (wrk, curl).
shell_ticks() {
  local s
  s=$(<"/proc/$$/stat")
  s=${s##*) }
  # shellcheck disable=SC2086 # split the fields on purpose
  set -- $s
  echo $((${12} + ${13} + ${14} + ${15}))
}

# Share of the whole machine busy over one second, in % of one core.
machine_busy() {
  local a b
  read -r -a a </proc/stat
  sleep 1
  read -r -a b </proc/stat
  awk -v hz="$CLK_TCK" -v d=$(((b[1] + b[2] + b[3] + b[6] + b[7] + b[8]) - (a[1] + a[2] + a[3] + a[6] + a[7] + a[8]))) \
    'BEGIN {printf "%.0f", d / hz * 100}'
}

# Waits (at most WAIT_QUIET seconds) until the machine is idle: under 10% of
# a core busy over one second, while nothing of ours runs. Sets BUSY.
wait_quiet() {
  local i
  BUSY=$(machine_busy)
  for ((i = 0; i < WAIT_QUIET && BUSY >= 10; i++)); do
    [ "$i" -gt 0 ] || log "the machine is busy ($BUSY% of a core): waiting up to ${WAIT_QUIET}s for it to settle"
    BUSY=$(machine_busy)
  done
  [ "$BUSY" -lt 10 ] || log "warning: the machine is still busy ($BUSY% of a core); results will be disturbed"
}

to_us() { # wrk latency such as 635.91us, 1.20ms, 2.01s
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") m = 1; else if (u == "ms") m = 1000; else if (u == "s") m = 1000000;
    else if (u == "m") m = 60000000; else m = -1
    printf "%.0f", n * m }'
}

cores_busy() { # cores...: busy ticks (user, nice, system, irq, softirq, steal)
  local f c t=0
  while read -r -a f; do
    for c in "$@"; do
      if [ "${f[0]}" = "cpu$c" ]; then
        t=$((t + f[1] + f[2] + f[3] + f[6] + f[7] + f[8]))
      fi
    done
  done </proc/stat
  echo "$t"
}

noise_start() { # cores...
  NM_CORES=("$@")
  NM_T=$(now_us)
  NM_BUSY=$(cores_busy "${NM_CORES[@]}")
  NM_OURS=$(ours_ticks)
}

noise_end() {
  local busy ours dt
  busy=$(cores_busy "${NM_CORES[@]}")
  ours=$(ours_ticks)
  dt=$(($(now_us) - NM_T))
  awk -v d=$(((busy - NM_BUSY) - (ours - NM_OURS))) -v hz="$CLK_TCK" -v us="$dt" \
    'BEGIN {v = d / hz / (us / 1e6) * 100; printf "%.0f", v < 0 ? 0 : v}'
}

# The median of one measure over the rounds of a key (key_r1 .. key_rN).
median_of() { # array key
  local -n arr=$1
  local r
  for ((r = 1; r <= ROUNDS; r++)); do echo "${arr[${2}_r$r]}"; done |
    sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

ms() { awk -v u="$1" 'BEGIN {printf "%.2f", u / 1000}'; }
