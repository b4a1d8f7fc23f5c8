# Compiler settings shared by every target of the project.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    # The sloppiness lets ccache cache compiles that use a precompiled header (its manual,
    # "Precompiled headers").
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CMAKE_COMMAND}" -E env
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        "${CCACHE_PROGRAM}")
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

# Precompiled headers: the Qt and standard headers nearly every file includes are parsed once
# per library instead of once per file, which halves the compile time of a typical file.
# Each library precompiles its own; the test suites share one (shopdesk_add_test). QtTest and
# the widgets stay out of the shared one: QTEST_MAIN picks its application class from the
# suite's own macros.
option(SHOPDESK_PRECOMPILE_HEADERS "Precompile the common Qt headers" ON)
set(SHOPDESK_PCH_CORE
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue>
    <QList> <QLoggingCategory> <QMap> <QObject> <QPointer> <QSet> <QString> <QStringList>
    <QTimer> <QUrl> <QUrlQuery> <QVariant>
    <algorithm> <functional> <memory> <optional> <utility>)

# shopdesk_precompile(<target> [headers...]): the common headers and these, for the target.
# A precompiled header the compiler cannot use (options differ) is a warning, so an error.
if(SHOPDESK_PRECOMPILE_HEADERS AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(shopdesk_options INTERFACE -Winvalid-pch)
endif()

function(shopdesk_precompile target)
    if(SHOPDESK_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} PRIVATE ${SHOPDESK_PCH_CORE} ${ARGN})
    endif()
endfunction()
