-- wrk script used by bench/run.sh: every request is a small, non-streaming
-- OpenAI chat completion request.
--   BENCH_MODEL  the model (group) name to ask for (default bench-model)
--   BENCH_KEY    sent as "Authorization: Bearer <key>" when set
local model = os.getenv("BENCH_MODEL") or "bench-model"
local key = os.getenv("BENCH_KEY")

wrk.method = "POST"
wrk.body = '{"model":"' .. model .. '","messages":['
  .. '{"role":"system","content":"You are a helpful assistant."},'
  .. '{"role":"user","content":"Say hello in one short sentence."}],'
  .. '"temperature":0.2,"max_tokens":32}'
wrk.headers["Content-Type"] = "application/json"
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end
