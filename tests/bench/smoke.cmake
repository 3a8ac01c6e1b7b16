cmake_minimum_required(VERSION 3.21)
# Runs a small benchmark (MODE local, sync, sync_postgres or report) and checks its output: every line
# a JSON object with a metric, a numeric value and a unit, every promised metric
# present, baselines where promised, and for sync no errors and no lost changes.
if(MODE STREQUAL "sync" OR MODE STREQUAL "sync_postgres")
    set(arguments sync --clients 50 --notes-per-client 2 --later-devices 2)
    set(required offline_push_seconds offline_push_rate initial_sync_rate initial_sync_seconds
        incremental_sync_p50 incremental_sync_p99 load_throughput load_p99 load_errors
        wire_bytes_per_note_push wire_bytes_per_note_pull wire_bytes_per_note incremental_missing
        initial_sync_ready_seconds initial_sync_complete_seconds initial_sync_peak_memory
        initial_sync_history_ready_seconds initial_sync_history_complete_seconds
        initial_pull_wire_bytes_per_note live_delay_p50 live_delay_p99 live_errors
        initial_snapshot_wire_bytes_per_note initial_snapshot_wire_bytes_per_note_zstd
        incremental_pull_wire_bytes_per_note incremental_pull_wire_bytes_per_note_zstd
        initial_sync_seconds_second_device initial_sync_ready_seconds_second_device
        initial_sync_cpu_device_ui_seconds initial_sync_cpu_device_apply_seconds
        initial_sync_cpu_device_index_seconds initial_sync_cpu_device_read_seconds initial_sync_cpu_server_seconds
        initial_sync_io_stall_seconds
        initial_sync_cpu_device_apply_seconds_second_device initial_sync_cpu_server_seconds_second_device
        initial_sync_apply_last_page_seconds)
    set(with_baselines initial_sync_rate initial_sync_seconds initial_sync_ready_seconds initial_sync_complete_seconds
        initial_sync_seconds_second_device initial_sync_ready_seconds_second_device)
    if(MODE STREQUAL "sync")
        list(APPEND required initial_sync_later_devices initial_sync_ready_seconds_later_devices_median
             initial_sync_seconds_later_devices_median)
        list(APPEND with_baselines initial_sync_ready_seconds_later_devices_median
             initial_sync_seconds_later_devices_median)
    endif()
    set(must_be_zero load_errors incremental_missing live_errors)
    if(MODE STREQUAL "sync_postgres")
        # PostgreSQL, three instances and HAProxy, with the embedded backend's first sync beside.
        set(arguments sync --backend postgres --instances 3 --clients 50 --notes-per-client 2 --devices 5
            --changes 10)
        list(APPEND required initial_sync_seconds_postgres instances)
        list(APPEND with_baselines initial_sync_seconds_postgres)
    endif()
elseif(MODE STREQUAL "report")
    set(arguments report --clients 300 --notes-per-client 5 --runs 3)
    set(required report_p50 report_p99)
    set(with_baselines report_p50 report_p99)
    set(must_be_zero "")
else()
    set(arguments local --clients 300 --notes-per-client 3)
    set(required search_p50 search_p99 near_miss_p99 open_client_p99 add_note_p99 open_and_first_page peak_memory)
    set(with_baselines search_p99 add_note_p99)
    set(must_be_zero "")
endif()
execute_process(COMMAND ${BENCH} ${arguments}
                OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "rapport-bench ${arguments} failed (${result}): ${errors}")
endif()
string(STRIP "${output}" output)
string(REPLACE "\n" ";" lines "${output}")
set(seen "")
foreach(line IN LISTS lines)
    string(JSON metric ERROR_VARIABLE bad GET "${line}" metric)
    if(bad)
        message(FATAL_ERROR "not a JSON object with a metric: ${line}")
    endif()
    string(JSON value GET "${line}" value)
    string(JSON unit GET "${line}" unit)
    string(JSON type TYPE "${line}" value)
    if(NOT type STREQUAL "NUMBER" OR unit STREQUAL "")
        message(FATAL_ERROR "value must be a number with a unit: ${line}")
    endif()
    list(APPEND seen ${metric})
    if(metric IN_LIST with_baselines)
        string(JSON baseline ERROR_VARIABLE missing GET "${line}" baseline)
        if(missing)
            message(FATAL_ERROR "${metric} has no baseline: ${line}")
        endif()
    endif()
    if(metric IN_LIST must_be_zero AND NOT value EQUAL 0)
        message(FATAL_ERROR "${metric} must be 0: ${line}\nstderr: ${errors}")
    endif()
endforeach()
foreach(metric IN LISTS required)
    if(NOT metric IN_LIST seen)
        message(FATAL_ERROR "metric ${metric} missing from:\n${output}")
    endif()
endforeach()
message(STATUS "rapport-bench printed ${output}")
