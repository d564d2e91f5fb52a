-- wrk script: GET /api/habits as the seeded user. The cookie comes from the environment:
--   HABITS_COOKIE="$(cat /tmp/habits-cookie)" wrk -t2 -c16 -d30s --latency -s bench/load/board.lua http://127.0.0.1:8080
-- Any answer other than 200 is counted and printed at the end (wrk itself counts only >= 400 as errors).
local cookie = os.getenv("HABITS_COOKIE")
if cookie == nil or cookie == "" then
  error("set HABITS_COOKIE to habits_session=<token> (bench/load/run-board.sh does)")
end

wrk.method = "GET"
wrk.path = "/api/habits"
wrk.headers["Cookie"] = cookie
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("not_ok")
  end
  io.write(string.format("non-200 answers: %d of %d\n", failed, summary.requests))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
end
