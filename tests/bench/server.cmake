# Order intake: N agents ordering one hot SKU through the real server, against raw single
# durable SQLite transactions of the same writes.
qt_add_executable(shopdesk-bench-orders orders_bench.cpp)
target_link_libraries(shopdesk-bench-orders PRIVATE shopdesk_options shopdesk-testsupport)
add_dependencies(shopdesk-bench-orders shopdesk-server-app)
add_dependencies(benchmarks shopdesk-bench-orders)
