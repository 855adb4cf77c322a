-- wrk script used by bench/guard.sh: every request is the same non-streaming
-- OpenAI chat completion request, whose JSON body guard.sh writes to a file
-- (a 1 KB user message with a name, a date, a card number, an e-mail
-- address, a phone number and an IP address).
--   BENCH_BODY_FILE  the request body to POST (required)
--   BENCH_KEY        sent as "Authorization: Bearer <key>" when set
local path = os.getenv("BENCH_BODY_FILE")
local key = os.getenv("BENCH_KEY")
if not path or path == "" then
  error("BENCH_BODY_FILE is not set: run bench/guard.sh")
end
local f = assert(io.open(path, "rb"))
local body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end
