# shopdesk_add_layer(<target> [LIBS <targets...>] [QT <modules...>])
#
# Makes the static library of one folder of core/ (a layer, or a concern big enough for a
# library of its own) and lets its users include "<folder>/x.h" — that folder only. Each
# library's include directory lies in the build tree and holds a link to its own folder,
# so a file can include a header of another folder only when its target links that folder's
# library: a forbidden include (the ui reaching into storage, say) fails to compile.
function(shopdesk_add_layer target)
    cmake_parse_arguments(ARG "" "" "LIBS;PRIVATE_LIBS" ${ARGN})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    qt_add_library(${target} STATIC)
    set(include_dir "${PROJECT_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${include_dir}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${include_dir}/${folder}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${include_dir}>")
    target_link_libraries(${target} PUBLIC shopdesk_options ${ARG_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    shopdesk_precompile(${target})
endfunction()
