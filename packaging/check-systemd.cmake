# cmake -DSYSTEMD_ANALYZE=... -DRUNTIME_DIR=... -DUNIT_DIR=... -P check-systemd.cmake
# systemd-analyze verify exits 0 on unknown keys and unparsable values (it only logs them), so
# any output fails. man: links are not checked: the page is not installed yet at test time
# (packaging_manpage checks it). Root has no user manager, hence a private runtime folder.
if(NOT DEFINED ENV{XDG_RUNTIME_DIR} OR NOT IS_DIRECTORY "$ENV{XDG_RUNTIME_DIR}")
    file(MAKE_DIRECTORY ${RUNTIME_DIR})
    file(CHMOD ${RUNTIME_DIR} DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    set(ENV{XDG_RUNTIME_DIR} ${RUNTIME_DIR})
endif()
file(GLOB units ${UNIT_DIR}/*.service ${UNIT_DIR}/*.timer)
if(units STREQUAL "")
    message(FATAL_ERROR "no units in ${UNIT_DIR}")
endif()
execute_process(COMMAND ${SYSTEMD_ANALYZE} verify --user --man=no ${units}
    OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify (exit ${status}):\n${out}")
endif()
