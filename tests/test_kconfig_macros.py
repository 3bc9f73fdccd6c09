"""Kconfig macros in a release: the copied Kconfig files use the kernel's macros
($(success,...), $(cc-option,...)) and tool variables ($(PYTHON3), $(CC)); the release's
scripts/Kconfig.include must provide them, the Makefile must pass the variables, and gentree
refuses a release that uses one nobody provides (kconfig would stop with a syntax error)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backports.generate import kconfig, kconfig_syntax
from backports.errors import BackportsError

REPO = Path(__file__).resolve().parent.parent
SKELETON = REPO / "compat" / "skeleton"
INCLUDE = (SKELETON / "scripts" / "Kconfig.include").read_text()

MSM = '''config DRM_MSM_VALIDATE_XML
	bool "Validate XML register files against schema"
	depends on DRM_MSM && EXPERT
	depends on $(success,$(PYTHON3) -c "import lxml")
	help
	  Validate XML files with register definitions against rules-ng schema.
	  $(not-a-macro,help text is not syntax)
'''


def test_include_provides_the_kernels_macros_and_tool_variables():
    provided = kconfig_syntax.provided_macros(INCLUDE)
    macros = {"success", "failure", "if-success", "cc-option", "ld-option", "as-instr", "as-instr64",
              "cc-option-bit", "m32-flag", "m64-flag", "comma", "space", "dollar", "cc-name",
              "cc-version", "ld-name", "ld-version", "rustc-option", "cc_can_link_user"}
    assert macros <= provided
    assert {"CC", "LD", "PYTHON3", "HOSTCC", "CLANG_FLAGS", "srctree"} <= provided


def test_include_uses_only_what_it_defines():
    assert kconfig_syntax.unknown_macros({kconfig_syntax.RELEASE_INCLUDE: INCLUDE}, kconfig_syntax.provided_macros(INCLUDE)) == []


def test_msm_validate_xml_is_provided():
    refs = list(kconfig_syntax.macro_refs(MSM))
    assert refs == [(4, "success"), (4, "PYTHON3")]        # help text is not expanded
    assert kconfig_syntax.unknown_macros({"drivers/gpu/drm/msm/Kconfig": MSM}, kconfig_syntax.provided_macros(INCLUDE)) == []


def test_unknown_macro_named_with_file_and_line():
    text = "config X\n\tbool\n\tdepends on $(clang-option,-foo)\n\tdefault $(NOT_PASSED)\n# $(comment)\n"
    assert kconfig_syntax.unknown_macros({"a/Kconfig": text}, kconfig_syntax.provided_macros(INCLUDE)) == [
        "a/Kconfig:3: $(clang-option)", "a/Kconfig:4: $(NOT_PASSED)"]


def test_macro_defined_by_a_copied_kconfig_file_counts():
    texts = {"a/Kconfig": "my-check = $(success,true $(1))\n",
             "b/Kconfig": "config Y\n\tdef_bool $(my-check,x)\n"}
    assert kconfig_syntax.unknown_macros(texts, kconfig_syntax.provided_macros(INCLUDE)) == []


def test_builtins_need_no_definition():
    text = "$(info,hello)\n$(warning-if,y,w)\nconfig Z\n\tdef_bool $(shell,echo y)\n"
    assert kconfig_syntax.unknown_macros({"K": text}, set()) == []


def test_check_macros_raises_naming_the_use(tmp_path):
    (tmp_path / "scripts").mkdir()
    (tmp_path / kconfig_syntax.RELEASE_INCLUDE).write_text(INCLUDE)
    kconfig.check_macros(tmp_path, {"drivers/gpu/drm/msm/Kconfig": MSM})
    with pytest.raises(BackportsError, match=r"x/Kconfig:2: \$\(new-macro\)"):
        kconfig.check_macros(tmp_path, {"x/Kconfig": "config A\n\tdepends on $(new-macro,1)\n"})


def _bp_env() -> list[str]:
    (line,) = re.findall(r"^#\s*bp-env:(.*)$", INCLUDE, re.M)
    return line.split()


def test_makefile_passes_every_bp_env_variable_to_kconfig():
    mk = (SKELETON / "Makefile").read_text()
    tools = mk.split("BP_KC_TOOLS =", 1)[1].split("\n\n", 1)[0]
    kconf = mk.split("KCONF =", 1)[1].split("\n\n", 1)[0]
    assert "$(BP_KC_TOOLS)" in kconf and "srctree=" in kconf
    for var in _bp_env():
        if var != "srctree":
            assert f"{var}=" in tools, var


def test_modules_sh_passes_every_bp_env_variable_to_kconfig():
    sh = (SKELETON / "scripts" / "modules.sh").read_text()
    call = sh.split("./kconfig/conf -s --defconfig", 1)[0].rsplit("(cd ", 1)[1]
    for var in _bp_env():
        assert f"{var}=" in call, var


def test_release_include_is_not_scanned_as_a_subsystem_kconfig(tmp_path):
    (tmp_path / "scripts").mkdir()
    (tmp_path / kconfig_syntax.RELEASE_INCLUDE).write_text(INCLUDE)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "Kconfig").write_text("config D\n\ttristate\n")
    assert list(kconfig_syntax.scan(tmp_path)) == ["d/Kconfig"]


def test_module_symbols_are_those_with_an_object_of_their_own(tmp_path):
    (tmp_path / "drm").mkdir()
    (tmp_path / "drm" / "Makefile").write_bytes(
        b"obj-$(CPTCFG_DRM)\t+= drm.o\n"
        b"obj-$(CPTCFG_DRM_PANEL_ORIENTATION_QUIRKS) += drm_panel_orientation_quirks.o\n"
        b"drm-$(CPTCFG_DRM_CLIENT_SELECTION) += drm_client_setup.o\n"
        b"  obj-$(CPTCFG_DRM_VKMS) += vkms/\n"
        b"obj-$(CONFIG_KERNEL_ONLY) += x.o\n")
    local = {"DRM", "DRM_PANEL_ORIENTATION_QUIRKS", "DRM_CLIENT_SELECTION", "DRM_VKMS"}
    assert kconfig.module_symbols(tmp_path, ["drm/Makefile"], local) == [
        "DRM", "DRM_PANEL_ORIENTATION_QUIRKS", "DRM_VKMS"]


def test_obj_entries_for_directories_not_copied_are_dropped():
    mk = ("obj-$(CPTCFG_DRM)\t+= drm.o\nobj-y\t\t\t+= tests/\nobj-$(CPTCFG_DRM_AMDGPU)+= amd/amdgpu/\n"
          "obj-$(CPTCFG_DRM_VKMS)\t+= vkms/\nobj-y += tiny/ arm/ # two\n"
          "obj-y += a/ \\\n\tb/\n")
    out = kconfig.prune_missing_dirs(mk, lambda d: d in ("vkms/", "tiny/"))
    assert out == ("obj-$(CPTCFG_DRM)\t+= drm.o\nobj-$(CPTCFG_DRM_VKMS)\t+= vkms/\nobj-y += tiny/ # two\n"
                   "obj-y += a/ \\\n\tb/\n")
