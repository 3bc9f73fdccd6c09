"""Probes against the real Debian header trees: facts no version number can tell apart."""

from __future__ import annotations

import pytest

from backports.build import probes
from backports.errors import KernelTreeError

from backports.debian import ci
from compat_fixtures import REPO
from kernel_data import ci_abi

pytestmark = pytest.mark.kernel

# (kernel, probe) -> present. A series names its CI kernel (backports/data/kernels/ci.ini:
# 6.1 is 6.1.0-57, 6.1.2xx); 6.1.0-47 (6.1.170) is an older 6.1 ABI named as itself.
OLD_61 = "6.1.0-47"
# probe -> {kernel: present}
_FACTS = {
    # session 15: warnings the backport introduced on old trees (unused wiphy, const ktermios, %llu inode)
    "rcu_lockdep_warn_cond": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    "tty_termios_baud_rate_const": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    "sock_i_ino_u64": {"5.10": False, OLD_61: False, "6.1": False, "6.12": False},
    "timer_shutdown_sync": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    "list_count_nodes": {"5.10": False, OLD_61: False, "6.1": True, "6.12": True},
    "get_random_u32_below": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    # __vstring() trace fields (5.19): iwlwifi device tracing depends on it (compat/dependencies)
    "trace_vstring": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    # WQ_PERCPU (6.17) is in Debian's 6.12.117, not in 6.1: a version check would be wrong
    "wq_percpu": {"6.1": False, "6.12": True},
    # BH workqueues (6.9): rtw88/rtw89 USB rx and ath12k CE work run on a high-priority workqueue with BH off without them
    # napi_is_scheduled() (6.7): rtw89 core; not in Debian 6.1.0-57
    "napi_is_scheduled": {"6.1": False, "6.12": True},
    "wq_bh": {"5.10": False, "6.1": False, "6.12": True},
    "debugfs_aux": {"6.12": False},
    "linux_string_choices_h": {"6.1": False, "6.12": True},
    # const range pointers in struct nla_policy: nl80211's const ranges warn without the compat cast
    "nla_policy_range_const": {"5.10": False, "6.1": False, "6.12": True},
    # devl_param_driverinit_value_set() by value (6.3): the by-pointer stand-in calls the old devlink_ name without it
    "devl_param_driverinit_value_set": {"5.10": False, "6.1": False, "6.12": True},
    # DRM allyesconfig (compat/dependencies, compat highmem.h / console.h / pwm.h)
    "kmap_local_page_try_from_panic": {"6.12": False},
    "console_suspend": {"6.12": False},
    "nbcon_write_thread": {"5.10": False, "6.1": False, "6.12": True},
    "kmsg_dump_detail": {"5.10": False, "6.1": False, "6.12": True},
    "genl_info_dump": {"5.10": False, "6.1": False, "6.12": True},
    "pwm_apply_might_sleep": {"5.10": False, "6.1": False, "6.12": True},
    "dma_fence_was_initialized": {"6.12": False},
    # TTM allyesconfig (patch 0617, compat list_lru.h / shrinker.h / mmzone.h / shmem_fs.h)
    "list_lru_add_nid": {"5.10": False, "6.1": False, "6.12": True},
    "list_lru_walk_cb_no_lock": {"5.10": False, "6.1": False, "6.12": False},
    "shrinker_alloc": {"5.10": False, "6.1": False, "6.12": True},
    "register_shrinker_name": {"5.10": False, "6.1": True, "6.12": False},
    "max_order_inclusive": {"5.10": False, "6.1": False, "6.12": False},
    "shmem_writeout": {"5.10": False, "6.1": False, "6.12": False},
    "nr_gpu_active": {"5.10": False, "6.1": False, "6.12": False},
    # TTM on 5.10 (compat dma-resv.h iterators, io-mapping.h, container_of.h)
    "dma_resv_iter": {"5.10": False, "6.1": True, "6.12": True},
    "io_mapping_map_local_wc": {"5.10": False, "6.1": True, "6.12": True},
    "linux_container_of_h": {"5.10": False, "6.1": True, "6.12": True},
    # DRM allyesconfig, session 15: sysfb (efidrm/vesadrm, compat linux/sysfb.h, linux/efi.h
    # + compat/efi.c, patch 0618), 5.10/6.1 helpers (compat dma-mapping.h, align.h,
    # array_size.h, spi.h, pci.h, io.h + compat/devres.c), appletbdrm (patch 0619)
    "sysfb_display_info": {"5.10": False, "6.1": False, "6.12": False},
    "screen_info_video_type": {"5.10": False, "6.1": False, "6.12": True},
    "screen_info_pixel_format": {"5.10": False, "6.1": False, "6.12": False},
    "screen_info_vesapm_info_base": {"5.10": False, "6.1": False, "6.12": False},
    "efi_mem_desc_lookup": {"5.10": False, "6.1": False, "6.12": False},
    "dma_mmap_pages": {"5.10": False, "6.1": True, "6.12": True},
    "linux_align_h": {"5.10": False, "6.1": True, "6.12": True},
    "linux_array_size_h": {"5.10": False, "6.1": True, "6.12": True},
    "spi_get_device_match_data": {"5.10": False, "6.1": True, "6.12": True},
    "pcim_iomap_range": {"5.10": False, "6.1": False, "6.12": True},
    "pcim_request_region": {"5.10": False, "6.1": False, "6.12": True},
    "devm_arch_phys_wc_add": {"5.10": False, "6.1": True, "6.12": True},
    "usb_driver_shutdown": {"5.10": False, "6.1": False, "6.12": True},
    # phylink PCS in-band caps, MAC LPI ops (6.14) and pcs_get_state neg_mode (6.15): rule 0534
    "phylink_pcs_inband_caps": {"5.10": False, "6.1": False, "6.12": False},
    "phylink_mac_tx_lpi": {"5.10": False, "6.1": False, "6.12": False},
    "phylink_pcs_get_state_neg_mode": {"5.10": False, "6.1": False, "6.12": False},
    # generic devlink params newer than 6.12: compat net/devlink.h makes them driver params
    "devlink_param_generic_id_enable_phc": {"5.10": False, "6.1": False, "6.12": False},
    "devlink_param_generic_id_max_mac_per_vf": {"5.10": False, "6.1": False, "6.12": False},
    # wireless allyesconfig on 6.1/5.10 (issue #18): brcmfmac, qtnfmac, ath11k/ath12k MHI
    "firmware_request_nowait_nowarn": {"5.10": False, "6.1": False, "6.12": True},
    "kthread_stop_put": {"5.10": False, "6.1": False, "6.12": True},
    "pcim_intx": {"5.10": False, "6.1": False, "6.12": True},
    "mhi_power_down_keep_dev": {"5.10": False, "6.1": False, "6.12": True},
    "mhi_controller_fw_data": {"5.10": False, "6.1": False, "6.12": True},
    "mhi_pm_resume_force": {"5.10": False, "6.1": True, "6.12": True},
    "net_device_path_mtk_wdma_amsdu": {"5.10": False, "6.1": False, "6.12": True},
    "usb_driver_driver": {"5.10": False, "6.1": True, "6.12": True},
    # wireless allyesconfig on 5.10 (issue #18): trace, SDIO, SPI, hwrng users
    "hwrng_msleep": {"5.10": False, "6.1": True, "6.12": True},
    "mmc_hw_reset_card": {"5.10": False, "6.1": True, "6.12": True},
    "spi_get_chipselect": {"5.10": False, "6.1": True, "6.12": True},
    "define_res_named_compound": {"5.10": False, "6.1": False, "6.12": True},
    # Ethernet allyesconfig (eth14): xgbe, eea, i40e, qed; devlink param set extack (rule 0614)
    "asm_amd_nb_h": {"5.10": False, "6.1": False, "6.12": False},
    "net_selftests_h": {"5.10": False, "6.1": True, "6.12": True},
    "net_test_get_skb": {"5.10": False, "6.1": False, "6.12": False},
    "page_pool_enable_direct_recycling": {"5.10": False, "6.1": False, "6.12": False},
    "page_pool_disable_direct_recycling": {"5.10": False, "6.1": False, "6.12": True},
    # session 16: the netmem page_pool allocator (6.12) and its dev/frag helpers (newer): libeth's Rx buffers
    "page_pool_alloc_netmems": {"5.10": False, "6.1": False, "6.12": True},
    "page_pool_dev_alloc_netmem": {"5.10": False, "6.1": False, "6.12": False},
    # the netdev instance lock (6.14): without it compat net/netdev_lock.h, and delta 0538's drivers lock rtnl
    "netdev_lock": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_buff_get_skb_flags": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_update_skb_frags_info": {"5.10": False, "6.1": False, "6.12": False},
    "xsk_buff_add_frag_head": {"5.10": False, "6.1": False, "6.12": False},
    "xsk_buff_add_frag_one_arg": {"5.10": False, "6.1": False, "6.12": True},
    # session 17 (eth17): symbol namespaces (Debian 6.12.117 has the literal default namespace of 6.13
    # from stable, not the literal explicit ones; 5.10 stringifies the namespace unexpanded)
    "symbol_namespace_string": {"5.10": False, "6.1": False, "6.12": False},
    "default_symbol_namespace_string": {"5.10": False, "6.1": False, "6.12": True},
    "symbol_namespace_expanded": {"5.10": False, "6.1": True, "6.12": True},
    # libeth / libeth_xdp / idpf on 6.12 (6.13-6.15 XDP and NAPI helpers)
    "compiler_nocfi_generic": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_build_skb_from_buff": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_build_skb_from_zc": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_buff_add_frag": {"5.10": False, "6.1": False, "6.12": False},
    "netmem_ref": {"5.10": False, "6.1": False, "6.12": True},
    "struct_skb_shared_info_has_xdp_frags_truesize": {"5.10": False, "6.1": False, "6.12": False},
    "xsk_buff_raw_get_ctx": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_frame_bulk_netmem": {"5.10": False, "6.1": False, "6.12": False},
    "netif_set_affinity_auto": {"5.10": False, "6.1": False, "6.12": False},
    "linux_unroll_h": {"5.10": False, "6.1": False, "6.12": True},
    # Ethernet allyesconfig on 6.1/5.10 (eth15): small helpers, split headers, rule 0618's lltx
    "skb_frag_fill_page_desc": {"5.10": False, "6.1": False, "6.12": True},
    "slab_build_skb": {"5.10": False, "6.1": False, "6.12": True},
    "netdev_tx_reset_subqueue": {"5.10": False, "6.1": False, "6.12": True},
    "xdp_set_features_flag": {"5.10": False, "6.1": False, "6.12": True},
    "dsa_user_dev_check": {"5.10": False, "6.1": False, "6.12": True},
    "regcache_maple": {"5.10": False, "6.1": False, "6.12": True},
    "of_get_ethdev_address": {"5.10": False, "6.1": True, "6.12": True},
    "device_get_ethdev_address": {"5.10": False, "6.1": True, "6.12": True},
    "devlink_to_dev": {"5.10": False, "6.1": True, "6.12": True},
    "netdev_lltx": {"5.10": False, "6.1": False, "6.12": True},
    "linux_skbuff_ref_h": {"5.10": False, "6.1": False, "6.12": True},
    "page_pool_types_h": {"5.10": False, "6.1": False, "6.12": True},
    # drm_xen_front on 5.10 (session 16): the xenbus ring service and the ring macro came in 5.18
    "xenbus_setup_ring": {"5.10": False, "6.1": True, "6.12": True},
    "xen_front_ring_init": {"5.10": False, "6.1": True, "6.12": True},
    # Ethernet allyesconfig on 6.1/5.10 (eth16b): rule 0599's C45 bus methods, compat.ko VPD
    # helpers, devl_ params/health, rule 0598's stat_ops, small helpers
    "mii_bus_read_c45": {"5.10": False, "6.1": False, "6.12": True},
    "pci_vpd_alloc": {"5.10": False, "6.1": True, "6.12": True},
    "pci_vpd_find_ro_info_keyword": {"5.10": False, "6.1": True, "6.12": True},
    "pci_vpd_find_id_string": {"5.10": False, "6.1": True, "6.12": True},
    "pci_vpd_check_csum": {"5.10": False, "6.1": True, "6.12": True},
    "devl_params_register": {"5.10": False, "6.1": False, "6.12": True},
    "devl_param_driverinit_value_get": {"5.10": False, "6.1": False, "6.12": True},
    "devl_param_value_changed": {"5.10": False, "6.1": False, "6.12": True},
    "devl_health_reporter_create": {"5.10": False, "6.1": False, "6.12": True},
    "define_semaphore_count": {"5.10": False, "6.1": False, "6.12": True},
    "netdev_stat_ops": {"5.10": False, "6.1": False, "6.12": True},
    "dev_warn_probe": {"5.10": False, "6.1": True, "6.12": True},
    "netdevice_tracker": {"5.10": False, "6.1": True, "6.12": True},
    "netdev_hold": {"5.10": False, "6.1": True, "6.12": True},
    # rule 0597 (session 17): the ethtool rtnl opt-in mask of ops-locked drivers is 7.x only
    "ethtool_ops_op_needs_rtnl": {"5.10": False, "6.1": False, "6.12": False},
    # iavf (session 18, eth18): rule 0540 (shaper table), delta 0542 (rx mode), compat
    # netif_napi_add_config_locked(); read from the 6.12.117 and 6.1.0-57 build dirs' autoconf.h
    "net_device_ops_net_shaper_ops": {"6.1": False, "6.12": False},
    "ndo_set_rx_mode_async": {"6.1": False, "6.12": False},
    "netif_napi_add_config_locked": {"6.1": False, "6.12": False},
    # rule 0543 and compat linux/ethtool.h (iavf_ethtool on 6.1): RSS input_xfrm (6.8), GTP flow types
    "ethtool_ops_supported_input_xfrm": {"6.1": False, "6.12": True},
    "ethtool_gtp_flows": {"6.1": False, "6.12": True},
    # wireless allyesconfig on 5.10 (session 17): rsi's kthreads exit through the 5.17 name
    "kthread_complete_and_exit": {"5.10": False, "6.1": True, "6.12": True},
    # session 18: const tables and callbacks the old QMI helpers and relay_open() take plain
    "qmi_elem_info_const": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    "relay_open_const_callbacks": {"5.10": False, OLD_61: True, "6.1": True, "6.12": True},
    # netmem_is_pfmemalloc() came to Debian 6.12 in .113 (6.12.107/.111 lack it: compat net/netmem.h)
    "netmem_is_pfmemalloc": {"5.10": False, "6.1": False, "6.12": True},
    "virt_to_netmem": {"5.10": False, "6.1": False, "6.12": True},
    # session 19 (eth19b): cxgb4/cavium_ptp/funeth/hinic3/gve on 6.12; read with
    # `backports kernels probe --only ...` on the three CI trees
    "pcim_iounmap_region": {"5.10": False, "6.1": False, "6.12": False},
    "ethtool_fec_hist": {"5.10": False, "6.1": False, "6.12": False},
    "netif_subqueue_txq_arg": {"5.10": False, "6.1": False, "6.12": False},
    "netif_subqueue_sent": {"5.10": False, "6.1": False, "6.12": False},
    "netdev_queue_config": {"5.10": False, "6.1": False, "6.12": False},
    "xdp_set_features_flag_locked": {"5.10": False, "6.1": False, "6.12": False},
    "netmem_dma_unmap_page_attrs": {"5.10": False, "6.1": False, "6.12": False},
    "net_device_netmem_tx_mode": {"5.10": False, "6.1": False, "6.12": False},
    # session 19 (eth19a): stmmac/dwmac-intel, txgbe, sfc, nfp on 6.12 (values from backports kernels probe --only)
    "phylink_pcs_neg_mode": {"5.10": False, "6.1": False, "6.12": True},
    "asm_cpuid_api_h": {"5.10": False, "6.1": False, "6.12": False},
    "bpf_reg_umin": {"5.10": False, "6.1": False, "6.12": False},
    "devm_pm_set_wake_irq": {"5.10": False, "6.1": False, "6.12": False},
    "flowi4_dscp": {"5.10": False, "6.1": False, "6.12": False},
    "inet6_lookup_established_no_hashinfo": {"5.10": False, "6.1": False, "6.12": False},
    "inet_lookup_established_no_hashinfo": {"5.10": False, "6.1": False, "6.12": False},
    "phylink_mac_wol_set": {"5.10": False, "6.1": False, "6.12": False},
    "phylink_pcs_supported_interfaces": {"5.10": False, "6.1": False, "6.12": False},
    "phylink_prepare_resume": {"5.10": False, "6.1": False, "6.12": False},
    "phylink_rx_clk_stop_block": {"5.10": False, "6.1": False, "6.12": False},
    "skb_gso_tcp_fixedid_inner": {"5.10": False, "6.1": False, "6.12": False},
    "xpcs_config_eee_mult_fact": {"5.10": False, "6.1": False, "6.12": False},
    "xpcs_create_mdiodev_no_interface": {"5.10": False, "6.1": False, "6.12": False},
    "xpcs_create_pcs_mdiodev": {"5.10": False, "6.1": False, "6.12": False},
    "xpcs_to_phylink_pcs": {"5.10": False, "6.1": False, "6.12": False},
}
FACTS = {(ci_abi(k) if k in ci.kernels() else k, probe): v
         for probe, per_kernel in _FACTS.items() for k, v in per_kernel.items()}
TREES = list(dict.fromkeys(k for k, _ in FACTS))


def _tree(abi):
    from kernel_data import header_tree

    return header_tree(abi)


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    return probes.stage(REPO / "compat", tmp_path_factory.mktemp("probes"))


@pytest.fixture(scope="module")
def results(staged):
    """Every probe on every tree of FACTS, through the run's shared probe cache (conftest): a
    release with these probes on these trees, built by another test, computed them already."""
    return {abi: probes.run(_tree(abi), staged) for abi in TREES}


@pytest.mark.parametrize("abi,probe", sorted(FACTS))
def test_probe_fact(results, abi, probe):
    assert results[abi].has(probe) is FACTS[(abi, probe)]


def test_every_probe_has_a_result(results):
    names = {p.stem for p in (REPO / "compat/probes").glob("*.c")}
    for run in results.values():
        assert set(run.results) == {"BPC_" + n.upper() for n in names}


# The cache's own behaviour, on a few probes in a cache of its own: what is cached and what
# invalidates an entry does not depend on how many probes there are.
FEW = ("list_count_nodes", "timer_shutdown_sync", "get_random_u32_below")


@pytest.fixture
def few(tmp_path):
    return probes.stage(REPO / "compat", tmp_path / "few", only=[REPO / "compat/probes" / f"{n}.c" for n in FEW])


def test_second_run_is_cached_and_fast(few, tmp_path):
    tree = _tree(ci_abi("6.1"))
    cold = probes.run(tree, few, cache=tmp_path / "cache")
    warm = probes.run(tree, few, cache=tmp_path / "cache")
    assert not cold.cached and warm.cached
    assert warm.results == cold.results and len(cold.results) == len(FEW)
    assert warm.seconds < cold.seconds / 5


def test_tree_change_invalidates_cache(few, tmp_path):
    """Two trees never share a cache entry, and a changed probe set recomputes."""
    cache = tmp_path / "cache"
    a = probes.run(_tree(OLD_61), few, cache=cache)
    b = probes.run(_tree(ci_abi("6.1")), few, cache=cache)
    assert not a.cached and not b.cached
    assert a.results != b.results            # list_count_nodes: 6.1.0-57 has it, 6.1.0-47 not
    extra = few / "probes" / "bp_test_always_there.c"
    extra.write_text("/* probe test: always compiles */\n#include <linux/types.h>\n"
                     "int bp_probe(void);\nint bp_probe(void) { return 0; }\n")
    c = probes.run(_tree(ci_abi("6.1")), few, cache=cache)
    assert not c.cached and c.results["BPC_BP_TEST_ALWAYS_THERE"] is True
    assert {k: v for k, v in c.results.items() if k != "BPC_BP_TEST_ALWAYS_THERE"} == b.results


def test_broken_toolchain_is_one_clear_error(staged, tmp_path):
    with pytest.raises(KernelTreeError, match="sanity probe failed"):
        probes.run(_tree(ci_abi("6.1")), staged, cache=tmp_path, cc="false")


def test_probes_see_what_debian_6_12_117_carries(tmp_path):
    """Debian's 6.12.117 has 7.0's kmalloc_obj() from stable but not 6.13's
    hrtimer_setup(): a version check would get one of them wrong."""
    from kernel_data import header_tree
    from test_wireless_compat import PROBES, SERIES_PROBES, TOP

    assert ci_abi("6.12") == "6.12.117+deb12"      # the facts below are this ABI's
    names = ["kmalloc_obj", "hrtimer_setup", "genl_split_ops", "faux_device"]
    files = [p for p in PROBES + SERIES_PROBES if p.stem in names]
    assert sorted(p.stem for p in files) == sorted(names)
    staged = probes.stage(TOP / "compat", tmp_path / "stage", only=files)
    run = probes.run(header_tree(ci_abi("6.12")), staged, cache=tmp_path / "cache")
    built = {n for n in names if run.has(n)}
    assert built == {"kmalloc_obj", "genl_split_ops"}
