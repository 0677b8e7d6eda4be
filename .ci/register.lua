-- wrk: every request is a new young person registering for the same offer, as a phone without
-- JavaScript posts the form. Each thread numbers its people apart from the other threads.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local body = "first_name=Test&birth_year=2001&privacy=on&email=p" .. thread_id .. "-" .. counter .. "%40example.org"
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = wrk.scheme .. "://" .. wrk.host .. ":" .. wrk.port,
    ["Accept"] = "text/html",
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-redirect answers: %d\n", summary.errors.status))
end
