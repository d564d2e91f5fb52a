-- wrk script: PUT /api/habits/{id}/checkins/{today} as the seeded user, the tap of issue 14, which answers with the
-- habit's updated board entry. Turns through the habits (HABITS_HABITS, comma-separated ids) and alternates DONE and
-- SKIPPED, so that every request really changes the day and its answer. Counting and the summary are board.lua's:
--   HABITS_COOKIE=… HABITS_HABITS=id1,id2 HABITS_TODAY=2026-12-04 HABITS_ORIGIN=http://127.0.0.1:18282 \
--     wrk -t2 -c16 -d20s --latency -s bench/load/checkin.lua http://127.0.0.1:18282
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "board.lua")

local ids = {}
for id in string.gmatch(os.getenv("HABITS_HABITS") or "", "[^,]+") do
  table.insert(ids, id)
end
local today = os.getenv("HABITS_TODAY")
if #ids == 0 or today == nil then
  error("set HABITS_HABITS to the habit ids and HABITS_TODAY to the user's today (bench/load/history.sh does)")
end

wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
-- The API refuses a state-changing request that does not show it comes from its own site.
wrk.headers["Origin"] = os.getenv("HABITS_ORIGIN")

local sent = 0

function request()
  sent = sent + 1
  local id = ids[(sent % #ids) + 1]
  local status = (math.floor(sent / #ids) % 2 == 0) and "DONE" or "SKIPPED"
  return wrk.format(nil, "/api/habits/" .. id .. "/checkins/" .. today, nil, '{"status":"' .. status .. '"}')
end
