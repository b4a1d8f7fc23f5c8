# shopdesk_add_test(<name> SOURCES <files...> LABELS <labels...> [LIBS <targets...>]
#                   [BACKENDS sqlite postgres] [TIMEOUT <seconds>])
#
# Makes one QtTest executable for one unit and registers it with CTest. With BACKENDS the
# same executable is registered once per storage backend; the PostgreSQL variant gets the
# label "postgres" and reads the server's address from SHOPDESK_TEST_PG_URL; a test that needs
# PostgreSQL itself says BACKENDS postgres and has no SQLite variant.
#
# A suite that skipped something (QSKIP) and failed nothing is reported by CTest as skipped,
# not passed. The match is on QtTest's totals line rather than on "SKIP   :" because CTest
# lets a skip match win over a failure: a suite that skips one function and fails another
# must still fail.
# The precompiled headers every suite uses (see ShopdeskCompiler): built once here, with
# the compile options the suites share.
if(SHOPDESK_PRECOMPILE_HEADERS AND NOT TARGET shopdesk-test-pch)
    file(WRITE "${CMAKE_BINARY_DIR}/shopdesk-test-pch.cpp" "// Anchors the suites' precompiled headers.\n")
    add_library(shopdesk-test-pch STATIC "${CMAKE_BINARY_DIR}/shopdesk-test-pch.cpp")
    target_link_libraries(shopdesk-test-pch PRIVATE shopdesk_options Qt6::Core)
    shopdesk_precompile(shopdesk-test-pch)
endif()

# The longest suites (about a minute each): CTest starts them first, so that a parallel run
# does not end waiting on one of them.
set(SHOPDESK_SLOW_SUITES tst_ui_tickets tst_ui_carenotices tst_client_inbox_models
    tst_server_catalogue tst_server_aftermail tst_server_audit tst_server_backup)

function(shopdesk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LABELS;LIBS;BACKENDS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE shopdesk_options Qt6::Test ${ARG_LIBS})
    if(SHOPDESK_PRECOMPILE_HEADERS)
        target_precompile_headers(${name} REUSE_FROM shopdesk-test-pch)
    endif()
    target_compile_definitions(${name} PRIVATE
        SHOPDESK_SERVER_BIN="$<TARGET_FILE:shopdesk-server-app>"
        SHOPDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    add_dependencies(${name} shopdesk-server-app)

    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=*.debug=false"
            "LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
    if(NOT ARG_BACKENDS)
        set(ARG_BACKENDS sqlite)
    endif()
    foreach(backend IN LISTS ARG_BACKENDS)
        set(test_name ${name})
        set(labels ${ARG_LABELS})
        if(backend STREQUAL "postgres")
            set(test_name ${name}_postgres)
            list(APPEND labels postgres)
        endif()
        add_test(NAME ${test_name} COMMAND ${name})
        set_tests_properties(${test_name} PROPERTIES
            LABELS "${labels}"
            TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "${env};SHOPDESK_TEST_BACKEND=${backend}"
            SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
        if(name IN_LIST SHOPDESK_SLOW_SUITES)
            set_tests_properties(${test_name} PROPERTIES COST 1000)
        endif()
    endforeach()
endfunction()
