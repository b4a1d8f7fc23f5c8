# What the server benches share: a keep-alive HTTP connection for load, percentiles, waits.
qt_add_library(shopdesk-bench-support STATIC
    benchconnection.h benchconnection.cpp benchwait.h percentile.h)
target_include_directories(shopdesk-bench-support PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(shopdesk-bench-support PUBLIC shopdesk_options Qt6::Network)

# Order intake: N agents ordering one hot SKU through the real server, against raw single
# durable SQLite transactions of the same writes.
qt_add_executable(shopdesk-bench-orders orders_bench.cpp)
target_link_libraries(shopdesk-bench-orders
    PRIVATE shopdesk_options shopdesk-bench-support shopdesk-testsupport)
add_dependencies(shopdesk-bench-orders shopdesk-server-app)
add_dependencies(benchmarks shopdesk-bench-orders)

# Soak: a mixed load (orders, movements, content edits, reports, live clients) for minutes,
# with the server's resident memory and open files each minute.
qt_add_executable(shopdesk-bench-soak soak_bench.cpp soakload.h soakload.cpp livefollowers.h
    livefollowers.cpp processprobe.h processprobe.cpp)
target_link_libraries(shopdesk-bench-soak
    PRIVATE shopdesk_options shopdesk-bench-support shopdesk-testsupport Qt6::WebSockets)
target_compile_definitions(shopdesk-bench-soak PRIVATE
    SHOPDESK_SERVER_BIN="$<TARGET_FILE:shopdesk-server-app>")
add_dependencies(shopdesk-bench-soak shopdesk-server-app)
add_dependencies(benchmarks shopdesk-bench-soak)
