# Compiler settings shared by every target of the project.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

option(SHOPDESK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" ON)
option(SHOPDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(shopdesk_options INTERFACE)
target_compile_options(shopdesk_options INTERFACE -Wall -Wextra -Wpedantic)
if(SHOPDESK_WARNINGS_AS_ERRORS)
    target_compile_options(shopdesk_options INTERFACE -Werror)
endif()
# Strict strings: every user text goes through tr(), every literal is explicit.
target_compile_definitions(shopdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(SHOPDESK_SANITIZE)
    target_compile_options(shopdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(shopdesk_options INTERFACE -fsanitize=address,undefined)
endif()
