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
