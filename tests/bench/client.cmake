# Client scale: first sync, start-to-usable, search-as-you-type and memory at 100,000 products.
qt_add_executable(shopdesk-bench-client client_bench.cpp)
target_link_libraries(shopdesk-bench-client PRIVATE shopdesk_options shopdesk-ui shopdesk-server Qt6::Test)
target_compile_definitions(shopdesk-bench-client PRIVATE
    SHOPDESK_SERVER_BIN="$<TARGET_FILE:shopdesk-server-app>")
add_dependencies(shopdesk-bench-client shopdesk-server-app)
add_dependencies(benchmarks shopdesk-bench-client)
