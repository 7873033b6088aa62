package cn.shequ.platform.communityservice;

import org.springframework.data.jpa.repository.JpaRepository;

interface PairingDonations extends JpaRepository<PairingDonation, Long> {
}
