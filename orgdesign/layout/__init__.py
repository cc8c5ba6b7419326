"""orgdesign.layout"""
