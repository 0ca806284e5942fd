# cmake -DAPP_ID=io.github.… -DMANIFEST=flatpak/….yml -DAPPIMAGE=appimage/build-appimage.sh
#       -DDESKTOP=linux/….desktop -P check-recipes.cmake
# The Flatpak manifest and the AppImage recipe cannot be built here (no network), but they must
# not drift from the rest of the packaging: the same app id, the same command, the same files.
file(READ ${MANIFEST} manifest)
foreach(expected "app-id: ${APP_ID}" "command: cachelens" "-DBUILD_TESTING=OFF"
        "--talk-name=org.freedesktop.Notifications")
    string(FIND "${manifest}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${MANIFEST} lacks '${expected}'")
    endif()
endforeach()
file(READ ${APPIMAGE} recipe)
foreach(expected "id=${APP_ID}" "applications/$id.desktop" "256x256/apps/$id.png")
    string(FIND "${recipe}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${APPIMAGE} lacks '${expected}'")
    endif()
endforeach()
execute_process(COMMAND bash -n ${APPIMAGE} RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${APPIMAGE} is not valid bash:\n${errors}")
endif()
get_filename_component(desktop_name ${DESKTOP} NAME)
if(NOT desktop_name STREQUAL "${APP_ID}.desktop")
    message(FATAL_ERROR "the desktop file ${desktop_name} is not named after ${APP_ID}")
endif()
