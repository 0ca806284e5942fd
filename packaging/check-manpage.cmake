# cmake -DMAN=/usr/bin/man -DPAGE=cachelens.1 -P check-manpage.cmake
# lintian's man page check: any groff warning (unknown macro or escape, a line that cannot be
# adjusted) fails.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{MANROFFSEQ} "")
set(ENV{MANWIDTH} 80)
execute_process(COMMAND ${MAN} --warnings -E UTF-8 -l -Tutf8 -Z ${PAGE}
    OUTPUT_QUIET ERROR_VARIABLE warnings RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "man ${PAGE} (exit ${status}):\n${warnings}")
endif()
