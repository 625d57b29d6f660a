# Embeds a file's bytes in a target, as <symbol>_data (followed by a NUL byte)
# and <symbol>_size, so the program finds its fonts and default decks with no
# data directory at all.
function(prio_embed target symbol file)
    set(asm "${CMAKE_CURRENT_BINARY_DIR}/embed/${symbol}.S")
    file(WRITE "${asm}.in"
"    .section .rodata
    .global ${symbol}_data
    .global ${symbol}_size
    .balign 16
${symbol}_data:
    .incbin \"${file}\"
${symbol}_end:
    .byte 0
    .balign 8
${symbol}_size:
    .quad ${symbol}_end - ${symbol}_data
    .section .note.GNU-stack,\"\",@progbits
")
    configure_file("${asm}.in" "${asm}" COPYONLY)
    set_source_files_properties("${asm}" PROPERTIES OBJECT_DEPENDS "${file}")
    target_sources(${target} PRIVATE "${asm}")
endfunction()
