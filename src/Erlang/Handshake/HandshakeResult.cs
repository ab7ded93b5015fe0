namespace IronUwsgi.Erlang.Handshake;

/// <summary>A completed handshake: who the peer is and what both sides agreed to use.</summary>
internal sealed record HandshakeResult(string PeerName, DistributionFlags PeerFlags, uint PeerCreation)
{
    public DistributionFlags Effective => PeerFlags & DistributionFlags.Ours;
}
