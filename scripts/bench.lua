-- wrk script of scripts/bench_report.py: counts answers that are not 2xx (across all of
-- wrk's threads) and prints one line of figures it parses. Latencies in microseconds.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    not_2xx = 0
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        not_2xx = not_2xx + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("not_2xx")
    end
    local errors = summary.errors
    io.write(string.format(
        "BENCH requests=%d seconds=%.3f p50_us=%d p95_us=%d p99_us=%d not_2xx=%d socket_errors=%d timeouts=%d bytes=%d\n",
        summary.requests, summary.duration / 1e6,
        latency:percentile(50), latency:percentile(95), latency:percentile(99),
        failed, errors.connect + errors.read + errors.write, errors.timeout, summary.bytes))
end
