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
    -- Every young person on a phone of their own (the server trusts this proxy header in the bench).
    ["X-Forwarded-For"] = "10." .. thread_id .. "." .. math.floor(counter / 256) % 256 .. "." .. counter % 256,
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-redirect answers: %d\n", summary.errors.status))
end
