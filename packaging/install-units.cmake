# Run by cmake --install (and so by CPack): writes the systemd user units with ExecStart= at the
# binary's final place. That is only known now: CPack installs with the prefix /usr, a plain
# build's CMAKE_INSTALL_PREFIX is /usr/local, `cmake --install --prefix` may name any folder.
# Set by packaging/CMakeLists.txt: CACHELENS_UNIT_TEMPLATES, CACHELENS_UNIT_BINDIR,
# CACHELENS_UNIT_WORKDIR.
set(CACHELENS_UNIT_BINARY "${CACHELENS_UNIT_BINDIR}/cachelens")
if(NOT IS_ABSOLUTE "${CACHELENS_UNIT_BINARY}")
    set(CACHELENS_UNIT_BINARY "${CMAKE_INSTALL_PREFIX}/${CACHELENS_UNIT_BINARY}")
endif()
foreach(template IN LISTS CACHELENS_UNIT_TEMPLATES)
    get_filename_component(unit "${template}" NAME)
    string(REGEX REPLACE "\\.in$" "" unit "${unit}")
    configure_file("${template}" "${CACHELENS_UNIT_WORKDIR}/${unit}" @ONLY)
    # file(INSTALL) adds DESTDIR and records the file in install_manifest.txt, like install(FILES).
    file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/user" TYPE FILE
        FILES "${CACHELENS_UNIT_WORKDIR}/${unit}")
endforeach()
